package org.zhaoshang.crm.security.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.security.api.UserAccount;
import org.zhaoshang.crm.security.users.SecurityContextCaller;
import org.zhaoshang.crm.security.users.UserAdministration;

/** The signed-in user's own account and password. */
@RestController
@RequestMapping("/api/me")
class MeController {

    private final UserAdministration users;
    private final SecurityContextCaller current;

    MeController(UserAdministration users, SecurityContextCaller current) {
        this.users = users;
        this.current = current;
    }

    @Operation(operationId = "getMe", summary = "The signed-in user")
    @GetMapping
    UserAccount me() {
        return users.me(current.caller());
    }

    @Operation(operationId = "changeOwnPassword", summary = "Change one's own password")
    @PutMapping("/password")
    UserAccount changePassword(@RequestBody PasswordChangeRequest request) {
        return users.changeOwnPassword(current.caller(), request.currentPassword(), request.newPassword());
    }

    record PasswordChangeRequest(String currentPassword, String newPassword) {
    }
}
