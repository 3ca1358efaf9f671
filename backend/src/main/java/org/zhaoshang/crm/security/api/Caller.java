package org.zhaoshang.crm.security.api;

import org.axonframework.messaging.MetaData;
import org.zhaoshang.crm.shared.api.Actor;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who gives a command or asks a query, with the roles they held at that moment. The application stamps it on every
 * message (a client cannot name it) and every event keeps it. Messages that never went through the application's
 * buses (the aggregate tests) carry no stamp and count as the application itself.
 *
 * @param id           the user name ({@link Actor#SYSTEM} for the application itself)
 * @param ambassadorId the ambassador or partner an AMBASSADOR user speaks for, else null
 * @param system       the application itself (demo data, rebuilds): no access rule applies
 */
public record Caller(String id, Set<Role> roles, String ambassadorId, boolean system) {

    public static final String ROLES_KEY = "actorRoles";
    public static final String AMBASSADOR_KEY = "actorAmbassador";
    public static final Caller SYSTEM = new Caller(Actor.SYSTEM, Set.of(), null, true);
    private static final String SYSTEM_ROLES = "SYSTEM";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller user(String id, Set<Role> roles, String ambassadorId) {
        return new Caller(id, roles, ambassadorId, false);
    }

    public boolean has(Role role) {
        return system || roles.contains(role);
    }

    /** Sees every lead: the application, staff and managers. */
    public boolean seesAllLeads() {
        return has(Role.STAFF) || has(Role.MANAGER);
    }

    /** An ambassador or partner who is not also staff or manager: sees only their own leads. */
    public boolean limitedToOwnLeads() {
        return !seesAllLeads() && has(Role.AMBASSADOR);
    }

    /** Refuses the caller unless they hold one of the roles. */
    public void require(String what, Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(this::has)) {
            throw new NotPermittedException(what + " needs the role " + Arrays.stream(anyOf).map(Role::name)
                                                                            .collect(Collectors.joining(" or ")));
        }
    }

    public Map<String, String> toMetaData() {
        String roleNames = system ? SYSTEM_ROLES : roles.stream().map(Role::name).sorted()
                                                        .collect(Collectors.joining(","));
        return ambassadorId == null ? Map.of(Actor.META_DATA_KEY, id, ROLES_KEY, roleNames)
                                    : Map.of(Actor.META_DATA_KEY, id, ROLES_KEY, roleNames, AMBASSADOR_KEY,
                                             ambassadorId);
    }

    public static Caller from(MetaData metaData) {
        Object roleNames = metaData.get(ROLES_KEY);
        String id = String.valueOf(metaData.getOrDefault(Actor.META_DATA_KEY, Actor.SYSTEM));
        if (roleNames == null || roleNames.equals(SYSTEM_ROLES)) {
            return new Caller(id, Set.of(), null, true);
        }
        Set<Role> roles = Arrays.stream(roleNames.toString().split(",")).filter(name -> !name.isBlank())
                                .map(Role::valueOf).collect(Collectors.toSet());
        Object ambassador = metaData.get(AMBASSADOR_KEY);
        return user(id, roles, ambassador == null ? null : ambassador.toString());
    }
}
