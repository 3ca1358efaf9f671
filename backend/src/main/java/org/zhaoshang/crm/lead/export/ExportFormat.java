package org.zhaoshang.crm.lead.export;

import org.zhaoshang.crm.shared.api.Violations;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The files the leads list exports to. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format an API parameter such as {@code csv} or {@code xlsx} names; a 400 for anything else. */
    public static ExportFormat named(String parameter) {
        ExportFormat format = Arrays.stream(values())
                                    .filter(candidate -> candidate.extension().equalsIgnoreCase(parameter.strip()))
                                    .findFirst().orElse(null);
        new Violations().check(format != null, "format", "one-of", "must be one of " + Arrays.stream(values())
                .map(ExportFormat::extension).collect(Collectors.joining(", "))).throwIfAny();
        return format;
    }
}
