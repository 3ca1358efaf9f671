package org.zhaoshang.crm.security.users;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.zhaoshang.crm.storage.StoreAvailability;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.security.api.SecurityEvent;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs users in against the stored users, for the UI's sign-in form and the API's HTTP Basic alike: refused while
 * the account or address is locked out, counted when it fails, logged. A password checked with bcrypt is remembered
 * for {@link #REMEMBERED} as a keyed hash (never the password) for the user's current version, so that API calls,
 * which each carry the password, do not each cost a bcrypt check; any change to the user forgets it.
 */
@Component
public class UserAuthentication implements AuthenticationProvider {

    static final Duration REMEMBERED = Duration.ofMinutes(5);
    /** Longer names (no user has one) are cut to this before they are counted or logged. */
    static final int MAX_USERNAME_LENGTH = 100;
    private static final String WRONG_NAME_OR_PASSWORD = "Wrong user name or password";

    private final UserStore users;
    private final StoreAvailability store;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final SecurityLog securityLog;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final SecretKeySpec rememberKey;
    /** Compared against when the user does not exist, so that an unknown name takes as long as a wrong password. */
    private final String noSuchUserHash;

    UserAuthentication(UserStore users, PasswordEncoder passwords, SignInThrottle throttle, SecurityLog securityLog,
                       Clock clock, StoreAvailability store) {
        this.users = users;
        this.store = store;
        this.passwords = passwords;
        this.throttle = throttle;
        this.securityLog = securityLog;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.rememberKey = new SecretKeySpec(key, "HmacSHA256");
        this.noSuchUserHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName() == null ? ""
                                                        : authentication.getName().strip().toLowerCase(Locale.ROOT);
        String name = SecurityLog.loggable(typed, MAX_USERNAME_LENGTH);
        boolean validName = name.equals(typed);
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                         ? details.getRemoteAddress() : null;
        return store.readOr(() -> againstStore(name, validName, password, address),
                            () -> rememberedDuringOutage(validName ? name : null, password));
    }

    /**
     * Every refusal says the same and costs one bcrypt check, whether the user is unknown, disabled or the password
     * wrong: only the security log says which. A name no user can have (too long, control characters) is a failure.
     */
    private Authentication againstStore(String username, boolean validName, String password, String address) {
        Instant lockedUntil = throttle.lockedUntil(username, address);
        if (lockedUntil != null) {
            securityLog.record(SecurityEvent.Type.REFUSED_WHILE_LOCKED, username, address, null, null);
            throw new SignInLockedException(lockedUntil);
        }
        StoredUser user = validName ? users.find(username) : null;
        if (user != null && user.enabled() && isRemembered(user, password)) {
            return signedIn(user);
        }
        boolean right = passwords.matches(password, user == null ? noSuchUserHash : user.passwordHash());
        if (user != null && right && user.enabled()) {
            remembered.put(user.username(), new Remembered(mac(user.username() + '\n' + password), user.version(),
                                                           clock.instant().plus(REMEMBERED)));
            throttle.succeeded(user.username(), address);
            securityLog.record(SecurityEvent.Type.SIGNED_IN, user.username(), address, null, null);
            return signedIn(user);
        }
        throttle.failed(username, address, !validName ? "not a possible user name (over " + MAX_USERNAME_LENGTH
                                                        + " characters or control characters)"
                                           : user != null && !user.enabled()
                                             ? "account disabled" + (right ? " (right password)" : "") : null);
        throw new BadCredentialsException(WRONG_NAME_OR_PASSWORD);
    }

    /**
     * While the store cannot be reached: only a password checked while it could, and still remembered, signs in
     * (the lockout and the log are in the store), so that users at work can go on reading.
     */
    private Authentication rememberedDuringOutage(String username, String password) {
        StoredUser user = username != null && remembered.containsKey(username) ? users.find(username) : null;
        if (user != null && isRemembered(user, password)) {
            return signedIn(user);
        }
        throw new SignInWaitsForStoreException();
    }

    private boolean isRemembered(StoredUser user, String password) {
        Remembered known = remembered.get(user.username());
        return known != null && known.version() == user.version() && known.until().isAfter(clock.instant())
               && MessageDigest.isEqual(known.mac(), mac(user.username() + '\n' + password));
    }

    private static Authentication signedIn(StoredUser user) {
        SignedInUser principal = new SignedInUser(user);
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(rememberKey);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private record Remembered(byte[] mac, long version, Instant until) {
    }
}
