package org.zhaoshang.crm.security.api;

import java.time.Instant;
import java.util.Set;

/**
 * A user as administrators and the user see it: never the password.
 *
 * @param department the code of the department (责任单位) the user works for, or null
 */
public record UserAccount(String username, String displayName, Set<Role> roles, String ambassadorId,
                          boolean enabled, long version, Instant createdAt, Instant passwordChangedAt,
                          String department) {
}
