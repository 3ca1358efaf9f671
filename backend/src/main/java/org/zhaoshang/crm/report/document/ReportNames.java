package org.zhaoshang.crm.report.document;

/** The names a report shows for what its content keeps by id: people by display name, departments in a language. */
interface ReportNames {

    String person(String username);

    /** The department's name in the language, or {@code fallback} (the code when that is null) when it is unknown. */
    String department(String code, String fallback, ReportLanguage language);
}
