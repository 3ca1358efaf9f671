package org.zhaoshang.crm.report.document;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.report.ReportSamples;
import org.zhaoshang.crm.report.api.ReportFormat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports as Excel workbooks: a sheet per section with its header row frozen, counts, amounts, shares and days as
 * numbers with their formats (amounts in 万元 in Chinese, CNY million in English), texts as text.
 */
class ExcelReportTest {

    private final ReportDocuments documents = TestNames.documents();

    @Test
    void theDispatchHasASheetPerSectionWithAFrozenHeaderAndNumbersAsNumbers() throws IOException {
        ReportFile file = documents.dispatch(ReportSamples.dispatch(ReportSamples.lateFacts()), ReportFormat.XLSX,
                                             ReportLanguage.ZH);

        assertThat(file.fileName()).isEqualTo("重点项目调度表_2026-W49.xlsx");
        assertThat(file.contentType()).isEqualTo(ReportFile.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            assertThat(sheetNames(workbook)).containsExactly("调度表", "停止列为重点", "补录事项");
            Sheet rows = workbook.getSheet("调度表");
            assertThat(rows.getPaneInformation().isFreezePane()).isTrue();
            assertThat(rows.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(rows.getRow(0).getCell(12).getStringCellValue()).isEqualTo("已认定到位");
            Row red = rows.getRow(1);
            assertThat(red.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(red.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(red.getCell(2).getStringCellValue()).isEqualTo("巴克莱银行（中国）\n负责人：张伟");
            assertThat(red.getCell(6).getStringCellValue()).startsWith("红灯");
            assertThat(red.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(red.getCell(10).getNumericCellValue()).isEqualTo(150_000);
            assertThat(red.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\" 万元\"");
            Row late = workbook.getSheet("补录事项").getRow(1);
            assertThat(late.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(late.getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(ReportSamples.WEEK.firstDay().plusDays(4));
            assertThat(late.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void theCircularKeepsSharesAsPercentagesAndAmountsInMillionsInEnglish() throws IOException {
        ReportFile file = documents.circular(ReportSamples.circular(), ReportFormat.XLSX, ReportLanguage.EN);

        assertThat(file.fileName()).isEqualTo("Investment-promotion-circular_2026-11.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            assertThat(sheetNames(workbook)).containsExactly("Targets", "Rates", "Funnel by market", "Red projects",
                                                             "Red problems", "Staff ranking", "Ambassador ranking",
                                                             "Department ranking");
            Row signed = workbook.getSheet("Targets").getRow(1);
            assertThat(signed.getCell(0).getStringCellValue()).isEqualTo("Projects signed");
            assertThat(signed.getCell(3).getNumericCellValue()).isEqualTo(28);
            assertThat(signed.getCell(4).getNumericCellValue()).isEqualTo(0.7);
            assertThat(signed.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row investment = workbook.getSheet("Targets").getRow(2);
            assertThat(investment.getCell(3).getNumericCellValue()).isEqualTo(13_500);
            assertThat(investment.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("\"CNY \"#,##0.00\" m\"");
            Sheet departments = workbook.getSheet("Department ranking");
            assertThat(departments.getPaneInformation().isFreezePane()).isTrue();
            assertThat(departments.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("District Development and Reform Bureau");
        }
    }

    @Test
    void aTextThatLooksLikeAFormulaStaysText() throws IOException {
        var dispatch = ReportSamples.dispatch();
        var stopped = new org.zhaoshang.crm.report.api.Dispatch.Stopped(2026, "L-X", "=HYPERLINK(\"x\")",
                                                                        ReportSamples.WEEK.firstDay(), "reason");
        var withFormula = new org.zhaoshang.crm.report.api.Dispatch(dispatch.week(), dispatch.from(), dispatch.to(),
                                                                    dispatch.rows(), List.of(stopped), List.of());

        ReportFile file = documents.dispatch(withFormula, ReportFormat.XLSX, ReportLanguage.ZH);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            var cell = workbook.getSheet("停止列为重点").getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).doesNotStartWith("=");
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}
