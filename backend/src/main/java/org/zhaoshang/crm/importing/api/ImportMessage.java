package org.zhaoshang.crm.importing.api;

import java.util.List;

/**
 * Why a row is an error, or what to know about it.
 *
 * @param column the sheet's header of the column concerned; null when it concerns the row
 * @param field  the field of the lead's commands the rule is about (plannedInvestment, agreementSignedOn …); null
 *               for what the sheet's reading says
 * @param rule   the rule, as in the API's field violations (required, not-future, unknown-ambassador …)
 * @param error  false for a warning: the row is imported, without the value
 * @param arguments the figures the message names, in its order (for the rule's wording in the user's language)
 */
public record ImportMessage(String column, String field, String rule, String message, boolean error,
                            List<String> arguments) {

    public ImportMessage {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public ImportMessage(String column, String field, String rule, String message, boolean error) {
        this(column, field, rule, message, error, List.of());
    }
}
