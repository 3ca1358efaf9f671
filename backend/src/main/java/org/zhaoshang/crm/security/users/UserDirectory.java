package org.zhaoshang.crm.security.users;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;

import java.text.Collator;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Display names from the users' store. A display name never changes once the user is added, so names found are
 * kept (one small entry per user); a login name without a user is asked again, as the user may be added later.
 */
@Component
class UserDirectory implements PeopleDirectory {

    private static final Comparator<Person> BY_NAME = Comparator.comparing(
            Person::displayName, Collator.getInstance(Locale.SIMPLIFIED_CHINESE));

    private final UserStore users;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    UserDirectory(UserStore users) {
        this.users = users;
    }

    @Override
    public String nameOf(String username) {
        if (username == null) {
            return null;
        }
        String known = names.get(username);
        if (known != null) {
            return known;
        }
        StoredUser user = users.find(username);
        if (user == null || user.displayName() == null || user.displayName().isBlank()) {
            return username;
        }
        names.put(username, user.displayName());
        return user.displayName();
    }

    @Override
    public List<Person> withAnyRole(Set<Role> roles) {
        return users.all().stream()
                    .filter(user -> user.enabled() && !Collections.disjoint(user.roles(), roles))
                    .map(user -> new Person(user.username(), user.displayName()))
                    .sorted(BY_NAME).toList();
    }

    /** Asked of the store each time: an administrator may move the user to another department at any moment. */
    @Override
    public String departmentOf(String username) {
        StoredUser user = users.find(username);
        return user == null ? null : user.department();
    }

    @Override
    public Optional<Caller> enabledUser(String username) {
        StoredUser user = users.find(username);
        return user == null || !user.enabled() ? Optional.empty()
                : Optional.of(Caller.user(user.username(), user.roles(), user.ambassadorId()));
    }
}
