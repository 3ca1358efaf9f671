package org.zhaoshang.crm.importing.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cells of a CSV file, streamed (RFC 4180: fields in double quotes may hold separators, line breaks and doubled
 * quotes; empty lines are skipped). Its encoding is found, not asked: a byte-order mark (UTF-8, UTF-16), else UTF-8
 * when every byte decodes as UTF-8, else GBK (read as GB18030, which contains it), as Chinese Excel saves CSV. The
 * separator is the one of comma, semicolon and tab the header line uses most. A field grows only up to
 * {@link SheetReader#MAX_CELL_CHARS}: a longer one is refused while it is read.
 */
final class CsvCells {

    static final Charset GBK_FAMILY = Charset.forName("GB18030");
    /** How much of the header line decides the separator. */
    private static final int SEPARATOR_LOOKAHEAD = 1 << 20;

    private CsvCells() {
    }

    static void read(Path file, CellGrid grid) throws IOException {
        Charset charset = charset(file);
        try (InputStream bytes = Files.newInputStream(file)) {
            bytes.skipNBytes(bomLength(file, charset));
            CharsetDecoder strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                           .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader text = new BufferedReader(new InputStreamReader(bytes, strict), 1 << 16);
            parse(text, separator(text), grid);
        }
    }

    private static void parse(Reader text, char separator, CellGrid grid) throws IOException {
        StringBuilder field = new StringBuilder();
        int row = 0;
        int column = 0;
        boolean quoted = false;
        boolean lineStarted = false;
        grid.startRow(row);
        int next = text.read();
        while (next != -1) {
            char c = (char) next;
            if (quoted) {
                if (c == '"') {
                    int after = text.read();
                    if (after == '"') {
                        append(field, '"', row);
                    } else {
                        quoted = false;
                        next = after;
                        continue;
                    }
                } else {
                    append(field, c, row);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                lineStarted = true;
            } else if (c == separator) {
                grid.cell(column++, field.toString());
                field.setLength(0);
                lineStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (lineStarted || !field.isEmpty()) {
                    grid.cell(column, field.toString());
                    grid.endRow();
                    grid.startRow(++row);
                }
                field.setLength(0);
                column = 0;
                lineStarted = false;
                if (c == '\r') {
                    int after = text.read();
                    if (after != '\n') {
                        next = after;
                        continue;
                    }
                }
            } else {
                append(field, c, row);
                lineStarted = true;
            }
            next = text.read();
        }
        if (quoted) {
            throw new IOException("a quote opened in row " + (row + 1) + " is not closed");
        }
        if (lineStarted || !field.isEmpty()) {
            grid.cell(column, field.toString());
            grid.endRow();
        }
    }

    private static void append(StringBuilder field, char c, int row) {
        if (field.length() == SheetReader.MAX_CELL_CHARS) {
            throw SheetReader.cellTooLong(row + 1L);
        }
        field.append(c);
    }

    /** Comma, semicolon or tab: the one the first line has most of (comma when none). */
    private static char separator(BufferedReader text) throws IOException {
        text.mark(SEPARATOR_LOOKAHEAD);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int read = 0; read < SEPARATOR_LOOKAHEAD - 1; read++) {
            int next = text.read();
            if (next == -1 || next == '\n' || next == '\r') {
                break;
            }
            commas += next == ',' ? 1 : 0;
            semicolons += next == ';' ? 1 : 0;
            tabs += next == '\t' ? 1 : 0;
        }
        text.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static Charset charset(Path file) throws IOException {
        byte[] head = head(file);
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return allUtf8(file) ? StandardCharsets.UTF_8 : GBK_FAMILY;
    }

    private static int bomLength(Path file, Charset charset) throws IOException {
        if (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE) {
            return 2;
        }
        byte[] head = head(file);
        return head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
               ? 3 : 0;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(3);
        }
    }

    /** Whether every byte of the file decodes as UTF-8, found in one pass through a small buffer. */
    private static boolean allUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                                       .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream bytes = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = bytes.read(in.array(), in.position(), in.remaining());
                end = read < 0;
                in.position(in.position() + Math.max(read, 0));
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            out.clear();
            return !decoder.flush(out).isError();
        }
    }
}
