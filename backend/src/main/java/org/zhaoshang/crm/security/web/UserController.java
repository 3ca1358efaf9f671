package org.zhaoshang.crm.security.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.security.api.NewUser;
import org.zhaoshang.crm.security.api.SecurityEvent;
import org.zhaoshang.crm.security.api.UserAccount;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.security.users.SecurityContextCaller;
import org.zhaoshang.crm.security.users.SecurityLog;
import org.zhaoshang.crm.security.users.UserAdministration;

import java.util.List;
import java.util.Set;

/** Administrators manage users and read the security log (ADMIN, checked by {@link UserAdministration}). */
@RestController
@RequestMapping("/api/admin")
class UserController {

    static final int MAX_LOG_ENTRIES = 1_000;

    private final UserAdministration users;
    private final SecurityLog securityLog;
    private final SecurityContextCaller current;

    UserController(UserAdministration users, SecurityLog securityLog, SecurityContextCaller current) {
        this.users = users;
        this.securityLog = securityLog;
        this.current = current;
    }

    @Operation(operationId = "listUsers", summary = "The users")
    @GetMapping("/users")
    List<UserAccount> list() {
        return users.list(current.caller());
    }

    @Operation(operationId = "getUser", summary = "One user")
    @GetMapping("/users/{username}")
    UserAccount get(@PathVariable String username) {
        return users.get(current.caller(), username);
    }

    @Operation(operationId = "createUser", summary = "Create a user")
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserAccount create(@RequestBody NewUser user) {
        return users.create(current.caller(), user);
    }

    @Operation(operationId = "disableUser", summary = "Disable a user")
    @PostMapping("/users/{username}/disable")
    UserAccount disable(@PathVariable String username, @RequestBody(required = false) VersionRequest request) {
        return users.setEnabled(current.caller(), username, false, VersionRequest.expected(request));
    }

    @Operation(operationId = "enableUser", summary = "Enable a user")
    @PostMapping("/users/{username}/enable")
    UserAccount enable(@PathVariable String username, @RequestBody(required = false) VersionRequest request) {
        return users.setEnabled(current.caller(), username, true, VersionRequest.expected(request));
    }

    @Operation(operationId = "changeUserRoles", summary = "Change a user's roles")
    @PutMapping("/users/{username}/roles")
    UserAccount changeRoles(@PathVariable String username, @RequestBody RolesRequest request) {
        return users.changeRoles(current.caller(), username, request.roles(), request.ambassadorId(),
                                 request.expectedVersion());
    }

    @Operation(operationId = "changeUserDepartment",
               summary = "Set the department (责任单位) a user works for, or none (department empty)")
    @PutMapping("/users/{username}/department")
    UserAccount changeDepartment(@PathVariable String username, @RequestBody DepartmentRequest request) {
        return users.changeDepartment(current.caller(), username, request.department(), request.expectedVersion());
    }

    @Operation(operationId = "resetUserPassword", summary = "Set a new password for a user")
    @PostMapping("/users/{username}/password")
    UserAccount resetPassword(@PathVariable String username, @RequestBody PasswordResetRequest request) {
        return users.resetPassword(current.caller(), username, request.password(), request.expectedVersion());
    }

    @Operation(operationId = "getSecurityLog", summary = "The security log: sign-ins, lock-outs, changes to users")
    @GetMapping("/security-log")
    List<SecurityEvent> securityLog(@RequestParam(required = false) String username,
                                    @RequestParam(defaultValue = "200") int limit) {
        current.caller().require("Reading the security log", Role.ADMIN);
        return securityLog.newest(username, Math.max(1, Math.min(limit, MAX_LOG_ENTRIES)));
    }

    record VersionRequest(Long expectedVersion) {
        static Long expected(VersionRequest request) {
            return request == null ? null : request.expectedVersion();
        }
    }

    record RolesRequest(Set<Role> roles, String ambassadorId, Long expectedVersion) {
    }

    record DepartmentRequest(String department, Long expectedVersion) {
    }

    record PasswordResetRequest(String password, Long expectedVersion) {
    }
}
