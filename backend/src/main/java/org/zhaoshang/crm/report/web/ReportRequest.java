package org.zhaoshang.crm.report.web;

import org.zhaoshang.crm.report.api.ReportFormat;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.report.api.ReportPeriod;
import org.zhaoshang.crm.report.document.ReportLanguage;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a report request asks for, read from its parameters: every bad one is named in the same 400 problem. The
 * language is {@code lang} when given, else the {@code Accept-Language} header's (Chinese unless it asks for English).
 */
record ReportRequest(ReportPeriod period, ReportFormat format, ReportLanguage language) {

    /** A report of a period that has begun by {@code today} (a running one so far). */
    static ReportRequest of(ReportKind kind, String period, String periodField, String format, String lang,
                            String acceptLanguage, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        ReportPeriod read = collect(violations, () -> ReportPeriod.parse(kind, period, periodField)
                                                                  .requireBegun(today, periodField));
        ReportFormat file = collect(violations, () -> format(format));
        ReportLanguage language = collect(violations, () -> language(lang, acceptLanguage));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ReportRequest(read, file, language);
    }

    /** A format and a language only (an issued report's download). */
    static ReportRequest of(String format, String lang, String acceptLanguage) {
        List<FieldViolation> violations = new ArrayList<>();
        ReportFormat file = collect(violations, () -> format(format));
        ReportLanguage language = collect(violations, () -> language(lang, acceptLanguage));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ReportRequest(null, file, language);
    }

    private static ReportFormat format(String written) {
        ReportFormat format = written == null ? null
                                              : Arrays.stream(ReportFormat.values())
                                                      .filter(candidate -> candidate.name()
                                                                                    .equalsIgnoreCase(written.strip()))
                                                      .findFirst().orElse(null);
        new Violations().check(format != null, "format", "one-of", "must be one of docx, xlsx, json").throwIfAny();
        return format;
    }

    private static ReportLanguage language(String lang, String acceptLanguage) {
        return lang == null ? ReportLanguage.preferred(acceptLanguage) : ReportLanguage.named(lang);
    }

    private static <T> T collect(List<FieldViolation> violations, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException invalid) {
            violations.addAll(invalid.violations());
            return null;
        }
    }

    String formatName() {
        return format.name().toLowerCase(Locale.ROOT);
    }
}
