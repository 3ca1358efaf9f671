package org.zhaoshang.crm.importing.api;

/**
 * Why a row is an error, or what to know about it.
 *
 * @param column the sheet's header of the column concerned; null when it concerns the row
 * @param field  the field of the lead's commands the rule is about (plannedInvestment, agreementSignedOn …); null
 *               for what the sheet's reading says
 * @param rule   the rule, as in the API's field violations (required, not-future, unknown-ambassador …)
 * @param error  false for a warning: the row is imported, without the value
 */
public record ImportMessage(String column, String field, String rule, String message, boolean error) {
}
