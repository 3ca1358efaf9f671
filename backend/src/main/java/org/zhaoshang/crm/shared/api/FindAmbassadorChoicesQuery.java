package org.zhaoshang.crm.shared.api;

/**
 * The ambassadors and partners to choose from (the deactivated ones too, which old leads name), as the caller may
 * see them. Asked where a lead or a user names an ambassador, answered by the ambassadors: it lives here, as
 * {@link AmbassadorDirectory} does, so that the askers do not depend on the ambassadors.
 */
public record FindAmbassadorChoicesQuery() {
}
