package org.zhaoshang.crm.importing.sheet;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The cells of the first sheet of an .xlsx workbook, streamed (a sheet of 50,000 rows is never held as a workbook):
 * dates as 2026-03-05 whatever their format, numbers as plain decimals.
 */
final class XlsxCells {

    private XlsxCells() {
    }

    static List<List<String>> read(byte[] content, int maxRows) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return List.of();
            }
            Rows rows = new Rows(maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                                                                 new ReadOnlySharedStringsTable(workbook), rows,
                                                                 new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            } catch (Rows.Enough enough) {
                // the rest is not needed: the sheet is refused for its length
            }
            return rows.cells;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException broken) {
            throw new IOException("not a readable Excel workbook (" + broken.getClass().getSimpleName() + ")", broken);
        }
    }

    /** Collects the cells row by row, each at its column. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<List<String>> cells = new ArrayList<>();
        private List<String> row;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            while (cells.size() < rowNum) {
                cells.add(List.of());
            }
            if (cells.size() >= maxRows) {
                throw new Enough();
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            cells.add(row);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? row.size() : new CellReference(reference).getCol();
            while (row.size() < column) {
                row.add("");
            }
            row.add(value == null ? "" : value);
        }

        /** Stops the parse once the sheet has more rows than are taken. */
        private static final class Enough extends RuntimeException {
            Enough() {
                super(null, null, false, false);
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
