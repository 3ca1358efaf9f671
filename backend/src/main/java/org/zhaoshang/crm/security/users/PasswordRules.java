package org.zhaoshang.crm.security.users;

import org.zhaoshang.crm.shared.api.Violations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be (NIST SP 800-63B 5.1.1.2): 8 characters at least, 72 bytes at most (bcrypt reads no
 * further), not the user name, not one character repeated, not one of the most common passwords (the list shipped
 * in {@value #COMMON_PASSWORDS}, compared in lower case). Passwords set before these rules still sign in; the demo
 * users' are not set through here.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    static Violations check(Violations violations, String field, String password, String username) {
        violations.required(field, password);
        if (password == null || password.isEmpty()) {
            return violations;
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        return violations
                .check(password.length() >= MIN_LENGTH, field, "min-length",
                       "must be at least " + MIN_LENGTH + " characters")
                .check(password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES, field, "max-bytes",
                       "must be at most " + MAX_BYTES + " bytes in UTF-8 (72 Latin letters or digits, 24 Chinese "
                       + "characters)")
                .check(username == null || username.isBlank() || !lowerCase.contains(username), field,
                       "contains-user-name", "must not contain the user name")
                .check(password.codePoints().distinct().count() > 1, field, "repeated",
                       "must not be one character repeated")
                .check(!COMMON.contains(lowerCase), field, "common",
                       "is one of the most common passwords: choose another");
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
