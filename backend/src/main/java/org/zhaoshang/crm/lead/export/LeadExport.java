package org.zhaoshang.crm.lead.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;
import org.zhaoshang.crm.shared.api.SpreadsheetText;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The leads a list shows (its filter and order, as the caller may see them), as CSV (UTF-8 with a byte-order mark,
 * which Excel needs to read Chinese) or as an Excel sheet; planned investment in 万元 as a number, days as date cells
 * (ISO dates in CSV), owners and ambassadors by their names, every text
 * {@linkplain SpreadsheetText#neutralised neutralised} and written as text (never a formula). At most
 * {@value #MAX_ROWS} rows, read and written a page at a time. Shared by the leads view and the REST API.
 */
public final class LeadExport {

    public static final int MAX_ROWS = 50_000;
    private static final List<String> HEADERS = List.of(
            "export.companyNameZh", "export.companyNameEn", "leads.column.market", "leads.column.stage",
            "export.status", "export.owner", "export.ambassador", "export.investmentWan", "export.zone",
            "leads.column.identified", "work.lastContact", "export.nextFollowUp", "export.leadId");

    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int DATE_COLUMN_WIDTH = 12 * 256;

    private final QueryGateway queries;
    private final Function<String, String> translation;
    private final PeopleDirectory people;
    private final AmbassadorDirectory ambassadors;
    // one file names few people: each is looked up once
    private final Map<String, String> ownerNames = new HashMap<>();
    private final Map<String, String> ambassadorNames = new HashMap<>();

    /** {@code translation} gives the text of a key of the UI's bundles in the reader's language. */
    public LeadExport(QueryGateway queries, Function<String, String> translation, PeopleDirectory people,
                      AmbassadorDirectory ambassadors) {
        this.queries = queries;
        this.translation = translation;
        this.people = people;
        this.ambassadors = ambassadors;
    }

    public void write(LeadFilter filter, LeadSort sort, boolean descending, ExportFormat format, OutputStream out)
            throws IOException {
        if (format == ExportFormat.CSV) {
            writeCsv(filter, sort, descending, out);
        } else {
            writeXlsx(filter, sort, descending, out);
        }
    }

    private void writeCsv(LeadFilter filter, LeadSort sort, boolean descending, OutputStream out) throws IOException {
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord(HEADERS.stream().map(translation).map(SpreadsheetText::neutralised).toList());
            forEachLead(filter, sort, descending, lead -> {
                try {
                    csv.printRecord(cells(lead).stream().map(LeadExport::csvCell).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal number ? number.toPlainString() : SpreadsheetText.neutralised(cell.toString());
    }

    private void writeXlsx(LeadFilter filter, LeadSort sort, boolean descending, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(translation.apply("leads.title"));
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.size(); column++) {
                header.createCell(column).setCellValue(SpreadsheetText.neutralised(
                        translation.apply(HEADERS.get(column))));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            int[] next = {1};
            boolean[] widened = new boolean[HEADERS.size()];
            forEachLead(filter, sort, descending, lead -> {
                List<Object> cells = cells(lead);
                Row line = sheet.createRow(next[0]++);
                for (int column = 0; column < cells.size(); column++) {
                    Object cell = cells.get(column);
                    if (cell instanceof BigDecimal number) {
                        line.createCell(column).setCellValue(number.doubleValue());
                    } else if (cell instanceof LocalDate day) {
                        var dateCell = line.createCell(column);
                        dateCell.setCellValue(day);
                        dateCell.setCellStyle(date);
                        if (!widened[column]) {
                            sheet.setColumnWidth(column, DATE_COLUMN_WIDTH);
                            widened[column] = true;
                        }
                    } else if (cell != null) {
                        line.createCell(column).setCellValue(SpreadsheetText.neutralised(cell.toString()));
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    private void forEachLead(LeadFilter filter, LeadSort sort, boolean descending, Consumer<LeadSummary> row) {
        int written = 0;
        for (int page = 0; written < MAX_ROWS; page++) {
            LeadPage shown = queries.query(new FindLeadsQuery(filter, sort, descending, page,
                                                              FindLeadsQuery.MAX_PAGE_SIZE),
                                           ResponseTypes.instanceOf(LeadPage.class)).join();
            for (LeadSummary lead : shown.leads()) {
                if (written++ < MAX_ROWS) {
                    row.accept(lead);
                }
            }
            if (shown.leads().size() < FindLeadsQuery.MAX_PAGE_SIZE) {
                break;
            }
        }
    }

    private List<Object> cells(LeadSummary lead) {
        List<Object> cells = new ArrayList<>();
        cells.add(lead.companyNameZh());
        cells.add(lead.companyNameEn());
        cells.add(translation.apply("market." + lead.market().name()));
        cells.add(translation.apply("stage." + lead.stage().name()));
        cells.add(translation.apply("export.status." + lead.status().name()));
        cells.add(lead.owner() == null ? null : ownerNames.computeIfAbsent(lead.owner(), people::nameOf));
        cells.add(lead.introducedBy() == null ? null
                                              : ambassadorNames.computeIfAbsent(lead.introducedBy(), ambassadors::nameOf));
        cells.add(lead.plannedInvestmentCnyWan());
        cells.add(lead.targetZone() == null ? null : translation.apply("zone." + lead.targetZone().name()));
        cells.add(lead.identifiedOn());
        cells.add(lead.lastContactOn());
        cells.add(lead.nextFollowUpOn());
        cells.add(lead.leadId());
        return cells;
    }
}
