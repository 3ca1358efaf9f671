package org.zhaoshang.crm.importing.sheet;

import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded .xlsx or .csv file, refusing what is of another type, empty or beyond a limit. Every limit holds
 * while the file is read: bytes are counted as they arrive (the upload is kept in a temporary file only its owner may
 * read, deleted after), and rows, columns, cell lengths and the workbook's inflated size as they are parsed.
 */
public final class SheetReader {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    public static final int MAX_COLUMNS = 200;
    /** As in Excel. */
    public static final int MAX_CELL_CHARS = 32_767;
    public static final int MAX_FILLED_CELLS = 3_000_000;
    public static final int MAX_TEXT_CHARS = 30_000_000;

    private SheetReader() {
    }

    public static Sheet read(String fileName, byte[] content) {
        return read(fileName, new ByteArrayInputStream(content == null ? new byte[0] : content));
    }

    /** Reads at most {@link #MAX_BYTES} (and one more, to know there are more) of {@code content}. */
    public static Sheet read(String fileName, InputStream content) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        Path upload = null;
        try {
            upload = privateTempFile();
            long size = copyAtMost(content, upload);
            if (size == 0) {
                throw refused("empty", "the file is empty");
            }
            byte[] head = head(upload);
            CellGrid grid = new CellGrid(MAX_ROWS + 2);
            if (name.endsWith(".xlsx")) {
                if (!zip(head)) {
                    throw refused("type", "the file is named .xlsx but is no Excel workbook");
                }
                XlsxCells.read(upload, grid);
            } else if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
                if (zip(head) || oldExcel(head)) {
                    throw refused("type", "the file is named " + name.substring(name.lastIndexOf('.'))
                                          + " but is a spreadsheet: name it .xlsx, or save it as CSV");
                }
                CsvCells.read(upload, grid);
            } else if (name.endsWith(".xls") || oldExcel(head)) {
                throw refused("type", "old Excel files (.xls) are not read: save the sheet as .xlsx or .csv");
            } else {
                throw refused("type", "only .xlsx and .csv files are read");
            }
            return sheetOf(grid.rows());
        } catch (IOException | UncheckedIOException unreadable) {
            throw refused("unreadable", "the file cannot be read: " + unreadable.getMessage());
        } finally {
            delete(upload);
        }
    }

    private static long copyAtMost(InputStream content, Path upload) throws IOException {
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(upload)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > MAX_BYTES) {
                    throw refused("too-large", "the file is larger than " + MAX_BYTES + " bytes (20 MB)");
                }
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    private static Path privateTempFile() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile("zhaoshang-import-", ".upload",
                                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile("zhaoshang-import-", ".upload");
    }

    private static void delete(Path upload) {
        if (upload != null) {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException ignored) {
                upload.toFile().deleteOnExit();
            }
        }
    }

    private static byte[] head(Path upload) throws IOException {
        try (InputStream in = Files.newInputStream(upload)) {
            return in.readNBytes(4);
        }
    }

    private static Sheet sheetOf(List<List<String>> cells) {
        int first = 0;
        while (first < cells.size() && cells.get(first).stream().allMatch(String::isBlank)) {
            first++;
        }
        if (first == cells.size()) {
            throw refused("empty", "the sheet has no header row");
        }
        List<String> headers = cells.get(first).stream().map(String::strip).toList();
        int width = headers.size();
        while (width > 0 && headers.get(width - 1).isEmpty()) {
            width--;
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : cells.subList(first + 1, cells.size())) {
            List<String> cut = new ArrayList<>(width);
            for (int column = 0; column < width; column++) {
                cut.add(column < row.size() && row.get(column) != null ? row.get(column).strip() : "");
            }
            rows.add(cut);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isEmpty)) {
            rows.remove(rows.size() - 1);
        }
        if (rows.size() > MAX_ROWS) {
            throw refused("too-many-rows", "the sheet has more than " + MAX_ROWS + " rows; split it");
        }
        return new Sheet(headers.subList(0, width), rows);
    }

    private static boolean zip(byte[] head) {
        return head.length > 3 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean oldExcel(byte[] head) {
        return head.length > 3 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF
               && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0;
    }

    static InvalidInputException refused(String rule, String message) {
        return new InvalidInputException(List.of(new FieldViolation("file", rule, message)));
    }

    /** @param row the row, from 1; 0 or less when not known */
    static InvalidInputException cellTooLong(long row) {
        return refused("cell-too-long", (row > 0 ? "row " + row + " has a cell" : "a cell")
                                        + " longer than " + MAX_CELL_CHARS + " characters");
    }
}
