package org.zhaoshang.crm.security.users;

import org.bson.Document;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.security.api.UserAccount;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A user as stored in {@value UserStore#USERS}, one document per user name, with the password's hash. */
record StoredUser(String username, String displayName, String passwordHash, Set<Role> roles, String ambassadorId,
                  boolean enabled, long version, Instant createdAt, Instant passwordChangedAt, String department) {

    /** A user of no department. */
    StoredUser(String username, String displayName, String passwordHash, Set<Role> roles, String ambassadorId,
               boolean enabled, long version, Instant createdAt, Instant passwordChangedAt) {
        this(username, displayName, passwordHash, roles, ambassadorId, enabled, version, createdAt, passwordChangedAt,
             null);
    }

    UserAccount account() {
        return new UserAccount(username, displayName, roles, ambassadorId, enabled, version, createdAt,
                               passwordChangedAt, department);
    }

    StoredUser withPassword(String hash, Instant at) {
        return new StoredUser(username, displayName, hash, roles, ambassadorId, enabled, version + 1, createdAt, at,
                              department);
    }

    StoredUser withRoles(Set<Role> newRoles, String newAmbassadorId) {
        return new StoredUser(username, displayName, passwordHash, newRoles, newAmbassadorId, enabled, version + 1,
                              createdAt, passwordChangedAt, department);
    }

    StoredUser withEnabled(boolean newEnabled) {
        return new StoredUser(username, displayName, passwordHash, roles, ambassadorId, newEnabled, version + 1,
                              createdAt, passwordChangedAt, department);
    }

    StoredUser withDepartment(String newDepartment) {
        return new StoredUser(username, displayName, passwordHash, roles, ambassadorId, enabled, version + 1,
                              createdAt, passwordChangedAt, newDepartment);
    }

    Document toDocument() {
        return new Document("_id", username)
                .append("displayName", displayName)
                .append("passwordHash", passwordHash)
                .append("roles", roles.stream().map(Role::name).sorted().toList())
                .append("ambassadorId", ambassadorId)
                .append("enabled", enabled)
                .append("version", version)
                .append("createdAt", Date.from(createdAt))
                .append("passwordChangedAt", Date.from(passwordChangedAt))
                .append("department", department);
    }

    static StoredUser fromDocument(Document document) {
        List<String> roles = document.getList("roles", String.class);
        return new StoredUser(document.getString("_id"), document.getString("displayName"),
                              document.getString("passwordHash"),
                              roles.isEmpty() ? Set.of()
                                              : roles.stream().map(Role::valueOf)
                                                     .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
                              document.getString("ambassadorId"), document.getBoolean("enabled", false),
                              document.getLong("version"), document.getDate("createdAt").toInstant(),
                              document.getDate("passwordChangedAt").toInstant(), document.getString("department"));
    }
}
