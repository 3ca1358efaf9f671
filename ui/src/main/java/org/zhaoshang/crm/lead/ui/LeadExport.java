package org.zhaoshang.crm.lead.ui;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.lead.api.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.LeadPage;
import org.zhaoshang.crm.lead.api.LeadSummary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The leads a list shows (its filter and order), as CSV (UTF-8 with a byte-order mark, which Excel needs to read
 * Chinese) or as an Excel sheet; planned investment in 万元 as a number. At most {@value #MAX_ROWS} rows.
 */
final class LeadExport {

    static final int MAX_ROWS = 50_000;
    private static final List<String> HEADERS = List.of(
            "export.companyNameZh", "export.companyNameEn", "leads.column.market", "leads.column.stage",
            "export.status", "export.owner", "export.ambassador", "export.investmentWan", "export.zone",
            "leads.column.identified", "work.lastContact", "export.nextFollowUp", "export.leadId");

    enum Format {
        CSV("text/csv;charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final QueryGateway queries;
    private final Function<String, String> translation;

    LeadExport(QueryGateway queries, Function<String, String> translation) {
        this.queries = queries;
        this.translation = translation;
    }

    void write(LeadListState state, Format format, OutputStream out) throws IOException {
        List<LeadSummary> leads = leads(state);
        if (format == Format.CSV) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
                csv.printRecord(HEADERS.stream().map(translation).toList());
                for (LeadSummary lead : leads) {
                    csv.printRecord(cells(lead).stream().map(cell -> cell == null ? "" : cell.toString()).toList());
                }
            }
            return;
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(translation.apply("leads.title"));
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.size(); column++) {
                header.createCell(column).setCellValue(translation.apply(HEADERS.get(column)));
            }
            for (int row = 0; row < leads.size(); row++) {
                List<Object> cells = cells(leads.get(row));
                Row line = sheet.createRow(row + 1);
                for (int column = 0; column < cells.size(); column++) {
                    Object cell = cells.get(column);
                    if (cell instanceof BigDecimal number) {
                        line.createCell(column).setCellValue(number.doubleValue());
                    } else if (cell != null) {
                        line.createCell(column).setCellValue(cell.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private List<LeadSummary> leads(LeadListState state) {
        List<LeadSummary> leads = new ArrayList<>();
        for (int page = 0; leads.size() < MAX_ROWS; page++) {
            LeadPage shown = queries.query(new FindLeadsQuery(state.filter(), state.sort(), state.descending(), page,
                                                              FindLeadsQuery.MAX_PAGE_SIZE),
                                           ResponseTypes.instanceOf(LeadPage.class)).join();
            leads.addAll(shown.leads());
            if (shown.leads().size() < FindLeadsQuery.MAX_PAGE_SIZE) {
                break;
            }
        }
        return leads.size() > MAX_ROWS ? leads.subList(0, MAX_ROWS) : leads;
    }

    private List<Object> cells(LeadSummary lead) {
        List<Object> cells = new ArrayList<>();
        cells.add(lead.companyNameZh());
        cells.add(lead.companyNameEn());
        cells.add(translation.apply("market." + lead.market().name()));
        cells.add(translation.apply("stage." + lead.stage().name()));
        cells.add(translation.apply("export.status." + lead.status().name()));
        cells.add(lead.owner());
        cells.add(lead.introducedBy());
        cells.add(lead.plannedInvestmentCnyWan());
        cells.add(lead.targetZone() == null ? null : translation.apply("zone." + lead.targetZone().name()));
        cells.add(lead.identifiedOn());
        cells.add(lead.lastContactOn());
        cells.add(lead.nextFollowUpOn());
        cells.add(lead.leadId());
        return cells;
    }
}
