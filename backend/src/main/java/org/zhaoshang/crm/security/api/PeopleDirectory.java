package org.zhaoshang.crm.security.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names of the users. Events and commands keep login names; only what is shown (views, exports) asks here for
 * the display name.
 */
public interface PeopleDirectory {

    /** The display name of the user with this login name; the login name itself when there is no such user. */
    String nameOf(String username);

    /** The enabled users holding any of these roles, by display name: whom a lead can be given or assigned to. */
    List<Person> withAnyRole(Set<Role> roles);

    /** The code of the department (责任单位) the user works for, or null: they act for it on its problems. */
    default String departmentOf(String username) {
        return null;
    }

    /**
     * The enabled user with this login name as a caller (roles, the ambassador they speak for): whom a notice may
     * reach and what it may tell them. Empty for an unknown or disabled user.
     */
    default Optional<Caller> enabledUser(String username) {
        return Optional.empty();
    }
}
