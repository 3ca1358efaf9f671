package org.zhaoshang.crm.lead.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.export.ExportFormat;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;
import org.zhaoshang.crm.lead.export.ExportTexts;
import org.zhaoshang.crm.lead.export.LeadExport;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Violations;

import java.io.IOException;
import java.time.LocalDate;

/**
 * The leads list as a file, as the leads view exports it: the list's filters and sort, at most
 * {@value LeadExport#MAX_ROWS} rows. For managers (the door: {@code ApiSecurityConfiguration}).
 */
@RestController
public class LeadExportController {

    private final QueryGateway queries;
    private final PeopleDirectory people;
    private final AmbassadorDirectory ambassadors;

    public LeadExportController(QueryGateway queries, PeopleDirectory people, AmbassadorDirectory ambassadors) {
        this.queries = queries;
        this.people = people;
        this.ambassadors = ambassadors;
    }

    @Operation(operationId = "exportLeads", summary = "The filtered lead list as CSV or Excel")
    @GetMapping("/api/leads/export")
    public void export(LeadFilterParameters filter,
                       @RequestParam(defaultValue = "csv") String format,
                       @RequestParam(defaultValue = "identifiedOn,desc") String sort,
                       @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                       HttpServletResponse response) throws IOException {
        ExportFormat file = ExportFormat.named(format);
        LeadSortParameter order = LeadSortParameter.parse(sort);
        LeadFilter leads = filter.toFilter();
        Violations violations = new Violations();
        leads.validate(violations);
        violations.throwIfAny();
        response.setContentType(file.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                "leads-" + LocalDate.now(BureauTime.ZONE) + "." + file.extension()).build().toString());
        try {
            new LeadExport(queries, ExportTexts.forAcceptLanguage(language), people, ambassadors)
                    .write(leads, order.sort(), order.descending(), file, response.getOutputStream());
        } catch (RuntimeException failed) {
            if (!response.isCommitted()) {
                // nothing sent yet (a store outage at the first page): the problem answer replaces the file's headers
                response.reset();
            }
            throw failed;
        }
    }
}
