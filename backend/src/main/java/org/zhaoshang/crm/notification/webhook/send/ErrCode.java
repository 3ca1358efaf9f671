package org.zhaoshang.crm.notification.webhook.send;

import com.fasterxml.jackson.databind.JsonNode;

/** A platform's numeric code in its answer, or null when the field is missing or not a whole number. */
final class ErrCode {

    private ErrCode() {
    }

    static Long of(JsonNode answer, String field) {
        JsonNode code = answer.path(field);
        return code.isIntegralNumber() ? code.asLong() : null;
    }
}
