package org.zhaoshang.crm.security.api;

/** A user as others see them: the login name that events record, the name that is shown. */
public record Person(String username, String displayName) {
}
