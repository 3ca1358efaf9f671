package org.zhaoshang.crm.importing.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files made to exhaust an importer, built here byte by byte: tiny on the wire, enormous if taken at their word. */
public final class HostileSheets {

    private HostileSheets() {
    }

    /** A workbook of a header and one value in row 2,000,000,000 (about 1.5 KB). */
    public static byte[] xlsxDeclaringRowTwoBillion() {
        return xlsx(sheetXml("<row r=\"1\">" + inline("A1", "公司名称") + "</row>"
                             + "<row r=\"2000000000\">" + inline("A2000000000", "泰晤士资本") + "</row>"), null);
    }

    /** A workbook with a value in the last column Excel knows (XFD, the 16,384th). */
    public static byte[] xlsxWithAValueInColumnXfd() {
        return xlsx(sheetXml("<row r=\"1\">" + inline("A1", "公司名称") + inline("XFD1", "备注") + "</row>"), null);
    }

    /** A workbook whose shared strings declare two billion of them (and hold one). */
    public static byte[] xlsxDeclaringTwoBillionSharedStrings() {
        return xlsx(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2000000000\""
                    + " uniqueCount=\"2000000000\"><si><t>公司名称</t></si></sst>");
    }

    /** A workbook whose sheet expands to 256 MB (spaces between its rows): about a megabyte zipped. */
    public static byte[] xlsxZipBomb() {
        Map<String, byte[]> parts = parts(null);
        parts.put("xl/worksheets/sheet1.xml", null);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getValue() != null) {
                    zip.write(part.getValue());
                } else {
                    zip.write(utf8(SHEET_START + "<row r=\"1\">" + inline("A1", "公司名称") + "</row>"));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int megabyte = 0; megabyte < 256; megabyte++) {
                        zip.write(spaces);
                    }
                    zip.write(utf8(SHEET_END));
                }
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return zipped.toByteArray();
    }

    /** A CSV of one header line of about 8 MB: a million columns. */
    public static byte[] csvWithAMillionHeaderColumns() {
        StringBuilder header = new StringBuilder(8_000_000);
        for (int column = 0; column < 1_000_000; column++) {
            header.append('c').append(column).append(',');
        }
        return utf8(header.append("\n泰晤士资本\n").toString());
    }

    /** A CSV whose second line is one cell of a million characters. */
    public static byte[] csvWithACellOfAMillionCharacters() {
        return utf8("公司名称,备注\n泰晤士资本," + "长".repeat(1_000_000) + "\n");
    }

    /** {@code bytes} bytes of a CSV, made as they are read (never held). */
    public static InputStream endlessCsv(long bytes) {
        return new InputStream() {
            private long left = bytes;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return left % 32 == 0 ? '\n' : 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int count = (int) Math.min(length, left);
                for (int index = 0; index < count; index++) {
                    buffer[offset + index] = (byte) ((left - index) % 32 == 0 ? '\n' : 'a');
                }
                left -= count;
                return count;
            }
        };
    }

    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    private static String sheetXml(String rows) {
        return SHEET_START + rows + SHEET_END;
    }

    private static String inline(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static byte[] xlsx(String sheet, String sharedStrings) {
        Map<String, byte[]> parts = parts(sharedStrings);
        parts.put("xl/worksheets/sheet1.xml", utf8(sheet));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return zipped.toByteArray();
    }

    private static Map<String, byte[]> parts(String sharedStrings) {
        String main = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + main + ".sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + main + ".worksheet+xml\"/>"
                + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                                                + main + ".sharedStrings+xml\"/>")
                + "</Types>"));
        parts.put("_rels/.rels", utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        parts.put("xl/workbook.xml", utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                                                + "officeDocument/2006/relationships/sharedStrings\""
                                                + " Target=\"sharedStrings.xml\"/>")
                + "</Relationships>"));
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", utf8(sharedStrings));
        }
        return parts;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
