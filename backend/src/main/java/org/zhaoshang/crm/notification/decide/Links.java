package org.zhaoshang.crm.notification.decide;

import org.zhaoshang.crm.report.api.ReportKind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The application's paths a notice links to. */
final class Links {

    private Links() {
    }

    static String lead(String leadId) {
        return "/leads/" + encode(leadId);
    }

    static String keyProject(int year, String leadId) {
        return "/key-projects/" + year + "/" + encode(leadId);
    }

    /** The progress facts waiting for verification. */
    static String verification() {
        return "/verification";
    }

    static String report(ReportKind kind, String period) {
        return "/reports?kind=" + kind.name().toLowerCase(Locale.ROOT) + "&period=" + encode(period);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
