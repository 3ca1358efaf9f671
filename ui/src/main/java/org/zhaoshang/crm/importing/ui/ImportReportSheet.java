package org.zhaoshang.crm.importing.ui;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhaoshang.crm.importing.api.ImportReport;
import org.zhaoshang.crm.importing.api.ImportRowReport;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.shared.api.SpreadsheetText;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * The sheet as uploaded, with two more columns: what became of each row and why, in the user's language. Every cell
 * is text, neutralised like the leads export ({@link SpreadsheetText}): an uploaded formula comes back harmless.
 */
final class ImportReportSheet {

    private ImportReportSheet() {
    }

    static void write(Sheet sheet, ImportReport report, String outcomeHeader, String messagesHeader,
                      Function<ImportRowReport, String> outcome, Function<ImportRowReport, String> messages,
                      OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet rows = workbook.createSheet();
            Row header = rows.createRow(0);
            List<String> headers = sheet.headers();
            for (int column = 0; column < headers.size(); column++) {
                header.createCell(column).setCellValue(SpreadsheetText.neutralised(headers.get(column)));
            }
            header.createCell(headers.size()).setCellValue(SpreadsheetText.neutralised(outcomeHeader));
            header.createCell(headers.size() + 1).setCellValue(SpreadsheetText.neutralised(messagesHeader));
            for (ImportRowReport rowReport : report.rowReports()) {
                Row row = rows.createRow(rowReport.row() - 1);
                List<String> cells = sheet.rows().get(rowReport.row() - 2);
                for (int column = 0; column < cells.size(); column++) {
                    row.createCell(column).setCellValue(SpreadsheetText.neutralised(cells.get(column)));
                }
                row.createCell(headers.size()).setCellValue(SpreadsheetText.neutralised(outcome.apply(rowReport)));
                row.createCell(headers.size() + 1)
                   .setCellValue(SpreadsheetText.neutralised(messages.apply(rowReport)));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
