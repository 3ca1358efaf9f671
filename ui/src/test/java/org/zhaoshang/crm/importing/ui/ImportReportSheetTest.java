package org.zhaoshang.crm.importing.ui;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.importing.api.ImportOutcome;
import org.zhaoshang.crm.importing.api.ImportReport;
import org.zhaoshang.crm.importing.api.ImportRowReport;
import org.zhaoshang.crm.importing.sheet.Sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report sheet gives the uploaded cells back as text: a formula in the upload comes back harmless. */
class ImportReportSheetTest {

    @Test
    void uploadedFormulasComeBackNeutralised() throws Exception {
        Sheet uploaded = new Sheet(List.of("=cmd|' /C calc'!A0", "Market"),
                                   List.of(List.of("+SUM(1,2)", "LONDON"), List.of("@SUM(1,2)", "-2+3")));
        ImportReport report = new ImportReport("leads.xlsx", false, Map.of(), 2, Map.of(), List.of(
                new ImportRowReport(2, ImportOutcome.values()[0], null, "+SUM(1,2)", List.of()),
                new ImportRowReport(3, ImportOutcome.values()[0], null, "@SUM(1,2)", List.of())), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImportReportSheet.write(uploaded, report, "Outcome", "=Messages", row -> "-", row -> "", out);

        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    cells.add(cell.getStringCellValue());
                }
            }
        }
        assertThat(cells).containsExactly("'=cmd|' /C calc'!A0", "Market", "Outcome", "'=Messages",
                                          "'+SUM(1,2)", "LONDON", "'-", "",
                                          "'@SUM(1,2)", "'-2+3", "'-", "");
    }
}
