package org.zhaoshang.crm.report.document;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhaoshang.crm.shared.api.SpreadsheetText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report as an Excel workbook: one sheet per section, its header row frozen, counts, amounts, shares and days as
 * numbers with their formats, texts as text (never a formula); the section's note two rows under its table. Amounts
 * are 万元 in Chinese and CNY million in English, the unit in the cell's format so that the cell stays a number.
 */
final class ExcelRendering {

    private static final int MAX_SHEET_NAME = 31;
    private static final int MIN_WIDTH = 8;
    private static final BigDecimal WAN_PER_MILLION = BigDecimal.valueOf(100);

    private ExcelRendering() {
    }

    static byte[] render(ReportLayout layout) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(layout.title());
            workbook.getProperties().getCoreProperties().setDescription(layout.asKnown());
            Styles styles = new Styles(workbook, layout.language());
            Set<String> names = new HashSet<>();
            for (Section section : layout.sections()) {
                sheet(workbook.createSheet(uniqueName(section.sheetName(), names)), section, styles,
                      layout.language());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, Section section, Styles styles, ReportLanguage language) {
        Row header = sheet.createRow(0);
        for (int column = 0; column < section.headers().size(); column++) {
            org.apache.poi.ss.usermodel.Cell cell = header.createCell(column);
            cell.setCellValue(SpreadsheetText.neutralised(section.headers().get(column)));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(column, Math.max(MIN_WIDTH, section.widths().get(column)) * 256 * 3 / 2);
        }
        sheet.createFreezePane(0, 1);
        int next = 1;
        for (List<Cell> cells : section.rows()) {
            Row row = sheet.createRow(next++);
            for (int column = 0; column < cells.size(); column++) {
                write(row.createCell(column), cells.get(column), styles, language);
            }
        }
        if (section.note() != null) {
            sheet.createRow(next + 1).createCell(0).setCellValue(SpreadsheetText.neutralised(section.note()));
        }
    }

    private static void write(org.apache.poi.ss.usermodel.Cell target, Cell cell, Styles styles,
                              ReportLanguage language) {
        if (cell instanceof Cell.Count count) {
            target.setCellValue(count.value());
            target.setCellStyle(styles.count);
        } else if (cell instanceof Cell.Wan wan) {
            target.setCellValue((language == ReportLanguage.ZH ? wan.wan() : wan.wan().divide(WAN_PER_MILLION))
                                       .doubleValue());
            target.setCellStyle(styles.wan);
        } else if (cell instanceof Cell.Share share) {
            target.setCellValue(share.share().doubleValue());
            target.setCellStyle(styles.share);
        } else if (cell instanceof Cell.Day day) {
            target.setCellValue(day.day());
            target.setCellStyle(styles.day);
        } else {
            String text = ((Cell.Text) cell).text();
            if (!text.isEmpty()) {
                target.setCellValue(SpreadsheetText.neutralised(text));
            }
            target.setCellStyle(styles.text);
        }
    }

    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = " " + n;
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return name;
    }

    /** The workbook's cell styles, made once (a workbook holds at most 64,000). */
    private static final class Styles {

        final CellStyle header;
        final CellStyle text;
        final CellStyle count;
        final CellStyle wan;
        final CellStyle share;
        final CellStyle day;

        Styles(XSSFWorkbook workbook, ReportLanguage language) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            count = numbers(workbook, "#,##0");
            wan = numbers(workbook, language == ReportLanguage.ZH ? "#,##0.00\" 万元\"" : "\"CNY \"#,##0.00\" m\"");
            share = numbers(workbook, "0.0%");
            day = numbers(workbook, "yyyy-mm-dd");
        }

        private static CellStyle numbers(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
