package org.zhaoshang.crm.document.store;

import org.zhaoshang.crm.document.api.FileType;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A document's type by its content: the first bytes (the "magic number") of PDF, JPEG, PNG, WebP and HEIC; for a zip,
 * the names in its central directory (Word's and Excel's parts, OFD's root file). Whatever the file is called and
 * whatever type the browser declared; anything else (HTML, SVG, programs, any other zip) is refused.
 */
final class ContentTypes {

    /** Bytes needed to tell a type by its start. */
    static final int HEAD_BYTES = 12;
    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
                                                          "msf1");

    private ContentTypes() {
    }

    /** The type shown by the file's start; {@link Head#ZIP} for a zip, whose entries tell the rest. */
    static Head byStart(byte[] bytes, int length) {
        byte[] head = Arrays.copyOf(bytes, Math.min(length, HEAD_BYTES));
        if (startsWith(head, 0, PDF)) {
            return Head.of(FileType.PDF);
        }
        if (startsWith(head, 0, JPEG)) {
            return Head.of(FileType.JPEG);
        }
        if (startsWith(head, 0, PNG)) {
            return Head.of(FileType.PNG);
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return Head.of(FileType.WEBP);
        }
        if (startsWith(head, 4, ascii("ftyp")) && head.length >= 12
            && HEIF_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
            return Head.of(FileType.HEIC);
        }
        if (startsWith(head, 0, ZIP)) {
            return Head.ZIP;
        }
        throw refused("is not a PDF, JPEG, PNG, WebP, HEIC, Word (.docx), Excel (.xlsx) or OFD file");
    }

    /** The type of a zip by its entries' names: Word, Excel (neither with macros) or OFD. */
    static FileType ofZip(List<String> entries) {
        if (entries.contains("[Content_Types].xml")) {
            if (entries.stream().anyMatch(entry -> entry.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
                throw refused("holds macros: save it as a document without macros (.docx, .xlsx)");
            }
            if (entries.contains("word/document.xml")) {
                return FileType.DOCX;
            }
            if (entries.contains("xl/workbook.xml")) {
                return FileType.XLSX;
            }
        }
        if (entries.contains("OFD.xml")) {
            return FileType.OFD;
        }
        throw refused("is a zip archive but no Word (.docx), Excel (.xlsx) or OFD file");
    }

    static InvalidInputException refused(String why) {
        return new InvalidInputException(List.of(new FieldViolation("file", "type", "the file " + why)));
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return bytes.length >= at + prefix.length
               && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** What a file's start tells: its type, or that it is a zip. */
    record Head(FileType type) {

        static final Head ZIP = new Head(null);

        static Head of(FileType type) {
            return new Head(type);
        }

        boolean zip() {
            return type == null;
        }
    }
}
