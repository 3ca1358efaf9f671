package org.zhaoshang.crm.document.store;

import java.io.InputStream;

/** A stored document's bytes, one chunk read from the store at a time. */
final class ChunkStream extends InputStream {

    private final DocumentStore store;
    private final String documentId;
    private final long size;
    private byte[] chunk = new byte[0];
    private int inChunk;
    private int nextChunk;
    private long position;

    ChunkStream(DocumentStore store, String documentId, long size) {
        this.store = store;
        this.documentId = documentId;
        this.size = size;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        if (inChunk == chunk.length) {
            chunk = store.chunk(documentId, nextChunk++);
            inChunk = 0;
        }
        int count = (int) Math.min(Math.min(length, chunk.length - inChunk), size - position);
        System.arraycopy(chunk, inChunk, bytes, offset, count);
        inChunk += count;
        position += count;
        return count;
    }
}
