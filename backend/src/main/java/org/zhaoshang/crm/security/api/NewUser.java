package org.zhaoshang.crm.security.api;

import java.util.Set;

/** A user an administrator adds. {@code ambassadorId} links an AMBASSADOR user to their ambassador or partner. */
public record NewUser(String username, String displayName, String password, Set<Role> roles, String ambassadorId) {
}
