package org.zhaoshang.crm.report.api;

import java.util.Locale;

/** The id of an issued report: {@code report:dispatch:2026-W49}, {@code report:circular:2026-11}. */
public final class ReportIds {

    private ReportIds() {
    }

    public static String of(ReportKind kind, String period) {
        return "report:" + kind.name().toLowerCase(Locale.ROOT) + ":" + period;
    }
}
