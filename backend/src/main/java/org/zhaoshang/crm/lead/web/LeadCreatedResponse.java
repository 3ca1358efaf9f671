package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.shared.api.FieldViolation;

import java.util.List;

/**
 * @param warnings what the user should look at, though nothing was refused: a {@code possible-duplicate} names the
 *                 leads whose company has the same name
 * @param version  the lead's version after its creation (also the answer's ETag)
 */
public record LeadCreatedResponse(String leadId, long version, List<Warning> warnings) {

    public record Warning(String field, String rule, String message, List<String> leadIds) {
    }
}
