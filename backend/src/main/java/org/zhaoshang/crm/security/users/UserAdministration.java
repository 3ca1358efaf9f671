package org.zhaoshang.crm.security.users;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.zhaoshang.crm.security.api.ActiveDepartments;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NewUser;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.security.api.SecurityEvent;
import org.zhaoshang.crm.security.api.UserAccount;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static org.zhaoshang.crm.shared.api.Texts.hasText;
import static org.zhaoshang.crm.shared.api.Texts.stripped;

/**
 * Administrators add, disable, re-enable users, change their roles and reset their passwords; every user changes
 * their own password. Each change is checked against the version the caller read (when given) and logged.
 */
@Service
public class UserAdministration {

    /** As long as a department's code may be (an identifier): a longer one is never on the list. */
    private static final int MAX_DEPARTMENT_CODE = 64;
    private static final Set<String> RESERVED = Set.of("system", "anonymous", "admin-setup");

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final AmbassadorDirectory ambassadors;
    private final ActiveDepartments departments;
    private final SecurityLog securityLog;
    private final SignInThrottle throttle;
    private final Clock clock;

    UserAdministration(UserStore users, PasswordEncoder passwords, AmbassadorDirectory ambassadors,
                       ActiveDepartments departments, SecurityLog securityLog, SignInThrottle throttle, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.ambassadors = ambassadors;
        this.departments = departments;
        this.securityLog = securityLog;
        this.throttle = throttle;
        this.clock = clock;
    }

    public List<UserAccount> list(Caller caller) {
        caller.require("Managing users", Role.ADMIN);
        return users.all().stream().map(StoredUser::account).toList();
    }

    public UserAccount get(Caller caller, String username) {
        caller.require("Managing users", Role.ADMIN);
        return existing(username).account();
    }

    /** The caller's own account. */
    public UserAccount me(Caller caller) {
        return existing(caller.id()).account();
    }

    public UserAccount create(Caller caller, NewUser user) {
        caller.require("Managing users", Role.ADMIN);
        String username = user.username() == null ? null : user.username().strip().toLowerCase(Locale.ROOT);
        Violations violations = new Violations()
                .required("username", username)
                .check(username == null || username.isBlank() || Violations.isUsername(username), "username",
                       "user-name", "2 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit")
                .check(username == null || !RESERVED.contains(username), "username", "reserved",
                       "is reserved by the application")
                .required("displayName", user.displayName())
                .maxLength("displayName", user.displayName(), 100);
        checkPassword(violations, "password", user.password(), username);
        checkRoles(violations, user.roles(), user.ambassadorId());
        checkDepartment(violations, user.department()).throwIfAny();
        var now = clock.instant();
        StoredUser stored = new StoredUser(username, user.displayName().strip(), passwords.encode(user.password()),
                                           Set.copyOf(user.roles()), stripped(user.ambassadorId()), true, 0, now, now,
                                           stripped(user.department()));
        if (!users.insert(stored)) {
            new Violations().check(false, "username", "unique", "a user with this name exists already").throwIfAny();
        }
        securityLog.record(SecurityEvent.Type.USER_CREATED, username, null, caller.id(),
                           "roles " + stored.roles() + (stored.department() == null ? ""
                                                        : ", department " + stored.department()));
        return stored.account();
    }

    public UserAccount setEnabled(Caller caller, String username, boolean enabled, Long expectedVersion) {
        caller.require("Managing users", Role.ADMIN);
        StoredUser user = current(username, expectedVersion);
        new Violations().check(enabled || !username.equals(caller.id()), "username", "self",
                               "you cannot disable your own account").throwIfAny();
        StoredUser changed = store(user.withEnabled(enabled));
        securityLog.record(enabled ? SecurityEvent.Type.USER_ENABLED : SecurityEvent.Type.USER_DISABLED, username,
                           null, caller.id(), null);
        return changed.account();
    }

    public UserAccount changeRoles(Caller caller, String username, Set<Role> roles, String ambassadorId,
                                   Long expectedVersion) {
        caller.require("Managing users", Role.ADMIN);
        StoredUser user = current(username, expectedVersion);
        checkRoles(new Violations(), roles, ambassadorId)
                .check(!username.equals(caller.id()), "roles", "self",
                       "you cannot change your own roles: another administrator does")
                .throwIfAny();
        StoredUser changed = store(user.withRoles(Set.copyOf(roles), stripped(ambassadorId)));
        securityLog.record(SecurityEvent.Type.ROLES_CHANGED, username, null, caller.id(),
                           user.roles() + " -> " + changed.roles());
        return changed.account();
    }

    /**
     * Sets the department (责任单位) the user works for, or none ({@code department} null or blank): they act for it on
     * its problems. Only a department on the list and not retired.
     */
    public UserAccount changeDepartment(Caller caller, String username, String department, Long expectedVersion) {
        caller.require("Managing users", Role.ADMIN);
        StoredUser user = current(username, expectedVersion);
        checkDepartment(new Violations(), department).throwIfAny();
        String next = stripped(department);
        if (Objects.equals(next, user.department())) {
            return user.account();
        }
        StoredUser changed = store(user.withDepartment(next));
        securityLog.record(SecurityEvent.Type.DEPARTMENT_CHANGED, username, null, caller.id(),
                           user.department() + " -> " + changed.department());
        return changed.account();
    }

    /** Sets a new password chosen by an administrator and lifts the account's sign-in lock. */
    public UserAccount resetPassword(Caller caller, String username, String password, Long expectedVersion) {
        caller.require("Managing users", Role.ADMIN);
        StoredUser user = current(username, expectedVersion);
        checkPassword(new Violations(), "password", password, username).throwIfAny();
        StoredUser changed = store(user.withPassword(passwords.encode(password), clock.instant()));
        throttle.unlock(username);
        securityLog.record(SecurityEvent.Type.PASSWORD_RESET, username, null, caller.id(), null);
        return changed.account();
    }

    public UserAccount changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        StoredUser user = existing(caller.id());
        Violations violations = new Violations()
                .required("currentPassword", currentPassword)
                .check(currentPassword == null || passwords.matches(currentPassword, user.passwordHash()),
                       "currentPassword", "wrong", "is not your current password");
        checkPassword(violations, "newPassword", newPassword, user.username())
                .check(newPassword == null || !newPassword.equals(currentPassword), "newPassword", "unchanged",
                       "must differ from the current password")
                .throwIfAny();
        StoredUser changed = store(user.withPassword(passwords.encode(newPassword), clock.instant()));
        securityLog.record(SecurityEvent.Type.PASSWORD_CHANGED, user.username(), null, caller.id(), null);
        return changed.account();
    }

    private StoredUser existing(String username) {
        StoredUser user = users.find(username);
        if (user == null) {
            throw new NotFoundException("No user with this name");
        }
        return user;
    }

    private StoredUser current(String username, Long expectedVersion) {
        StoredUser user = existing(username);
        if (expectedVersion != null && expectedVersion != user.version()) {
            throw new ConflictingAggregateVersionException(username, expectedVersion, user.version());
        }
        return user;
    }

    private StoredUser store(StoredUser changed) {
        if (!users.replace(changed)) {
            StoredUser now = existing(changed.username());
            throw new ConflictingAggregateVersionException(changed.username(), changed.version() - 1, now.version());
        }
        return changed;
    }

    private Violations checkRoles(Violations violations, Set<Role> roles, String ambassadorId) {
        boolean ambassador = roles != null && roles.contains(Role.AMBASSADOR);
        return violations
                .check(roles != null && !roles.isEmpty(), "roles", "required", "give at least one role")
                .check(!ambassador || hasText(ambassadorId), "ambassadorId", "required",
                       "an AMBASSADOR user speaks for an ambassador or partner: give its id")
                .check(ambassador || !hasText(ambassadorId), "ambassadorId", "only-ambassadors",
                       "only AMBASSADOR users are linked to an ambassador or partner")
                .check(!ambassador || !hasText(ambassadorId) || ambassadors.isActive(ambassadorId.strip()),
                       "ambassadorId", "unknown-ambassador", "is not an active ambassador or partner");
    }

    private Violations checkDepartment(Violations violations, String department) {
        if (!hasText(department)) {
            return violations;
        }
        String code = department.strip();
        return violations.check(code.length() <= MAX_DEPARTMENT_CODE && departments.isActive(code),
                                "department", "unknown-department",
                                "is not a department on the list, or it is retired");
    }

    private static Violations checkPassword(Violations violations, String field, String password, String username) {
        return PasswordRules.check(violations, field, password, username);
    }
}
