package org.zhaoshang.crm.document.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of a zip's entries, from its central directory at the end of the file: nothing is unpacked, so a zip
 * bomb costs nothing. A directory beyond {@link #MAX_DIRECTORY_BYTES} or {@link #MAX_ENTRIES} (no Word, Excel or OFD
 * file of 20 MB has one), a ZIP64 archive or a damaged one is refused.
 */
final class ZipDirectory {

    static final int MAX_ENTRIES = 10_000;
    static final int MAX_DIRECTORY_BYTES = 2 * 1024 * 1024;
    private static final int END_RECORD = 0x06054b50;
    private static final int END_RECORD_BYTES = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int ENTRY = 0x02014b50;
    private static final int ENTRY_BYTES = 46;

    /** Reads {@code length} bytes of the file from {@code offset}. */
    @FunctionalInterface
    interface Bytes {
        byte[] read(long offset, int length);
    }

    private ZipDirectory() {
    }

    static List<String> entryNames(Bytes file, long size) {
        int tailLength = (int) Math.min(size, END_RECORD_BYTES + MAX_COMMENT);
        byte[] tail = file.read(size - tailLength, tailLength);
        for (int at = tailLength - END_RECORD_BYTES; at >= 0; at--) {
            if (u32(tail, at) == END_RECORD) {
                long endRecordOffset = size - tailLength + at;
                int entries = u16(tail, at + 10);
                long directoryBytes = u32(tail, at + 12);
                long directoryOffset = u32(tail, at + 16);
                if (entries > MAX_ENTRIES || directoryBytes > MAX_DIRECTORY_BYTES
                    || directoryOffset + directoryBytes > endRecordOffset) {
                    throw ContentTypes.refused("is a damaged, ZIP64 or too large zip archive");
                }
                return names(file.read(directoryOffset, (int) directoryBytes), entries);
            }
        }
        throw ContentTypes.refused("is a damaged zip archive (it has no central directory)");
    }

    private static List<String> names(byte[] directory, int entries) {
        List<String> names = new ArrayList<>(entries);
        int at = 0;
        for (int entry = 0; entry < entries; entry++) {
            if (at + ENTRY_BYTES > directory.length || u32(directory, at) != ENTRY) {
                throw ContentTypes.refused("is a damaged zip archive");
            }
            int nameLength = u16(directory, at + 28);
            if (at + ENTRY_BYTES + nameLength > directory.length) {
                throw ContentTypes.refused("is a damaged zip archive");
            }
            names.add(new String(directory, at + ENTRY_BYTES, nameLength, StandardCharsets.UTF_8));
            at += ENTRY_BYTES + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
        }
        return names;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] bytes, int at) {
        return u16(bytes, at) | (long) u16(bytes, at + 2) << 16;
    }
}
