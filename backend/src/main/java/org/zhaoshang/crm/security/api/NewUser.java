package org.zhaoshang.crm.security.api;

import java.util.Set;

/**
 * A user an administrator adds. {@code ambassadorId} links an AMBASSADOR user to their ambassador or partner;
 * {@code department} is the code of the department (责任单位) the user works for, or null.
 */
public record NewUser(String username, String displayName, String password, Set<Role> roles, String ambassadorId,
                      String department) {

    /** A user of no department. */
    public NewUser(String username, String displayName, String password, Set<Role> roles, String ambassadorId) {
        this(username, displayName, password, roles, ambassadorId, null);
    }
}
