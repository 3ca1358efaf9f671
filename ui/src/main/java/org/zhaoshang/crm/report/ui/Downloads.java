package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.Locale;

/**
 * The Word and Excel downloads of a report, in the user's language: links to the REST API, which the session's cookie
 * authenticates.
 */
final class Downloads extends Div {

    final Anchor docx = new Anchor();
    final Anchor xlsx = new Anchor();

    Downloads(ReportWords words) {
        addClassName("report-downloads");
        docx.setText(words.t("report.download.docx"));
        xlsx.setText(words.t("report.download.xlsx"));
        for (Anchor link : new Anchor[]{docx, xlsx}) {
            link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("router-ignore", true);
            link.addClassName("report-download");
        }
        add(docx, xlsx);
    }

    /** Points the links at the report of {@code kind} ({@code dispatch}, {@code circular}) for the period. */
    void point(String kind, String periodParameter, String period, boolean withLate, String language) {
        docx.setHref(href(kind, periodParameter, period, "docx", withLate, language));
        xlsx.setHref(href(kind, periodParameter, period, "xlsx", withLate, language));
    }

    /** Points the links at an issued report, as it was kept. */
    void pointIssued(String reportId, String language) {
        docx.setHref("api/reports/issued/" + reportId + "?format=docx&lang=" + language);
        xlsx.setHref("api/reports/issued/" + reportId + "?format=xlsx&lang=" + language);
    }

    static String href(String kind, String periodParameter, String period, String format, boolean withLate,
                       String language) {
        return "api/reports/" + kind.toLowerCase(Locale.ROOT) + "?" + periodParameter + "=" + period + "&format="
               + format + "&lang=" + language + (withLate ? "&withLate=true" : "");
    }
}
