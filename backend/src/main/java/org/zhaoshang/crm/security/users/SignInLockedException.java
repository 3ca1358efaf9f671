package org.zhaoshang.crm.security.users;

import org.springframework.security.authentication.LockedException;

import java.time.Instant;

/** Sign-ins for the account or from the address are refused until a moment, whatever the password. */
public class SignInLockedException extends LockedException {

    private final transient Instant until;

    SignInLockedException(Instant until) {
        super("Too many failed sign-ins for this account or from this address: try again after " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
