package org.zhaoshang.crm.importing.sheet;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The cells of the first sheet of an .xlsx workbook, streamed from the file (a sheet of 50,000 rows is never held as a
 * workbook): dates as 2026-03-05 whatever their format, numbers as plain decimals. Before POI reads anything, every
 * part is inflated once and counted: a part expanding to more than 100 times its zipped size, a sheet or the shared
 * strings beyond {@link #MAX_PART_BYTES}, any other part beyond {@link #MAX_OTHER_PART_BYTES} or all of them beyond
 * {@link #MAX_TOTAL_BYTES} refuse the workbook (zip bombs); the same bounds hold while POI reads.
 */
final class XlsxCells {

    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    static final long MAX_OTHER_PART_BYTES = 8L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Bytes of one tag or one text between tags: a cell of 32,767 characters written as character references fits. */
    private static final int MAX_XML_RUN = 1 << 20;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private XlsxCells() {
    }

    static void read(Path file, CellGrid grid) throws IOException {
        checkParts(file);
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            SharedStrings strings = sharedStrings(workbook);
            try (InputStream sheet = new XmlRunGuard(sheets.next())) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new TextGuard(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), strings, new Rows(grid), new IsoDates(), false)));
                parser.parse(new InputSource(sheet));
            }
        } catch (org.zhaoshang.crm.shared.api.InvalidInputException refused) {
            throw refused;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException broken) {
            throw new IOException("not a readable Excel workbook (" + broken.getClass().getSimpleName() + ")", broken);
        }
    }

    /** Inflates every part once, counting, without keeping any of it. */
    private static void checkParts(Path file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                long max = entry.getName().startsWith("xl/worksheets/") || entry.getName().startsWith("xl/sharedStrings")
                           ? MAX_PART_BYTES : MAX_OTHER_PART_BYTES;
                long size = 0;
                try (InputStream part = zip.getInputStream(entry)) {
                    for (int read = part.read(buffer); read >= 0; read = part.read(buffer)) {
                        size += read;
                        total += read;
                        if (size > max || total > MAX_TOTAL_BYTES) {
                            throw expands();
                        }
                    }
                } catch (IOException inflated) {
                    if (String.valueOf(inflated.getMessage()).contains("Zip bomb")) {
                        throw expands();
                    }
                    throw inflated;
                }
            }
        } catch (RuntimeException broken) {
            if (broken instanceof org.zhaoshang.crm.shared.api.InvalidInputException refused) {
                throw refused;
            }
            throw new IOException("not a readable Excel workbook (" + broken.getClass().getSimpleName() + ")", broken);
        }
    }

    private static RuntimeException expands() {
        return SheetReader.refused("too-large", "the workbook expands to more than " + MAX_PART_BYTES / 1024 / 1024
                                                + " MB per sheet, " + MAX_TOTAL_BYTES / 1024 / 1024
                                                + " MB in all or 100 times its size: it is taken for a zip bomb");
    }

    private static SharedStrings sharedStrings(OPCPackage workbook) throws IOException, SAXException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(workbook, false);
        }
        try (InputStream strings = new XmlRunGuard(parts.get(0).getInputStream())) {
            return new BoundedSharedStrings(strings);
        }
    }

    /** POI's shared strings, refusing a string longer than a cell and more strings than a sheet has cells. */
    private static final class BoundedSharedStrings extends ReadOnlySharedStringsTable {

        // no initialisers: the super constructor reads the strings, calling the methods below, before they would run
        private long text;
        private long strings;

        BoundedSharedStrings(InputStream in) throws IOException, SAXException {
            super(in, false);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            if ("si".equals(localName)) {
                text = 0;
                if (++strings > SheetReader.MAX_FILLED_CELLS) {
                    throw SheetReader.refused("too-large", "the workbook has more than "
                                                           + SheetReader.MAX_FILLED_CELLS + " different texts");
                }
            }
            super.startElement(uri, localName, name, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            text += length;
            if (text > SheetReader.MAX_CELL_CHARS * 2L) { // a text's phonetic guide, left out, may be as long
                throw SheetReader.cellTooLong(-1);
            }
            super.characters(ch, start, length);
        }
    }

    /** Collects the cells row by row, each at its column. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final CellGrid grid;
        private int nextColumn;

        Rows(CellGrid grid) {
            this.grid = grid;
        }

        @Override
        public void startRow(int rowNum) {
            grid.startRow(rowNum);
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            grid.endRow();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : column(reference);
            grid.cell(column, value);
            nextColumn = column + 1;
        }

        /** The column of A1, XFD5 …, from 0; past the columns read, any number past them. */
        private static int column(String reference) {
            int column = 0;
            for (int index = 0; index < reference.length(); index++) {
                char c = Character.toUpperCase(reference.charAt(index));
                if (c == '$') {
                    continue;
                }
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
                if (column > SheetReader.MAX_COLUMNS) {
                    return SheetReader.MAX_COLUMNS;
                }
            }
            return column - 1;
        }
    }

    /**
     * Refuses a text between two elements longer than a cell may be, before POI has gathered it (CDATA sections
     * would otherwise add up without bound).
     */
    private static final class TextGuard extends DefaultHandler {

        private final DefaultHandler sheet;
        private long text;

        TextGuard(DefaultHandler sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            text = 0;
            sheet.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            text = 0;
            sheet.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            text += length;
            if (text > SheetReader.MAX_CELL_CHARS) {
                throw SheetReader.cellTooLong(-1);
            }
            sheet.characters(ch, start, length);
        }
    }

    /**
     * Refuses XML with more than a megabyte between two {@code <}: no tag, attribute or text of a sheet is that long,
     * and the parser would gather it whole.
     */
    private static final class XmlRunGuard extends FilterInputStream {

        private int run;

        XmlRunGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            count(next);
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            for (int index = 0; index < read; index++) {
                count(buffer[offset + index]);
            }
            return read;
        }

        private void count(int next) {
            run = next == '<' ? 0 : run + 1;
            if (run > MAX_XML_RUN) {
                throw SheetReader.cellTooLong(-1);
            }
        }
    }

    /** Excel's own formats, except that a date is written 2026-03-05 and a number plainly (no grouping). */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            if (formatString != null && formatString.contains("%")) {
                return super.formatRawCellContents(value, formatIndex, formatString, use1904);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
