package org.zhaoshang.crm.security.api;

import java.time.Instant;

/**
 * One entry of the security log.
 *
 * @param username the account concerned (as typed, for a failed sign-in)
 * @param address  the client's address, when the entry comes from a request
 * @param actor    who did it, for administrative changes
 */
public record SecurityEvent(Instant at, Type type, String username, String address, String actor, String detail) {

    public enum Type {
        SIGNED_IN, SIGN_IN_FAILED, LOCKED_OUT, REFUSED_WHILE_LOCKED, SIGNED_OUT,
        USER_CREATED, USER_DISABLED, USER_ENABLED, ROLES_CHANGED, PASSWORD_RESET, PASSWORD_CHANGED, SESSION_ENDED,
        DEPARTMENT_CHANGED
    }
}
