package org.zhaoshang.crm.notification.api;

import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Something decided to be told: to users (by login name) and to the group robots of a department or market.
 * Posting the same {@code reason} again changes nothing: it is the notice's identity, made from what caused it
 * (e.g. {@code instruction:<instructionId>}, {@code red-light:<year>:<leadId>:<day it turned red>}).
 *
 * @param link       the application path it is about, e.g. {@code /leads/L-1} or {@code /key-projects/2026/L-1}
 * @param params     the kind's parameters (see {@link NotificationKind})
 * @param department the department code it concerns (for group robots), or null
 * @param market     the market it concerns (for group robots), or null
 */
public record Notice(String reason, NotificationKind kind, String link, Map<String, String> params, Instant at,
                     Set<String> recipients, String department, SourceMarket market) {

    public static final int MAX_REASON_LENGTH = 200;

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("a notice needs a reason of at most " + MAX_REASON_LENGTH + " characters");
        }
        if (link == null || !link.startsWith("/")) {
            throw new IllegalArgumentException("a notice links to a path of the application");
        }
        params = params == null ? Map.of() : Map.copyOf(params);
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
    }
}
