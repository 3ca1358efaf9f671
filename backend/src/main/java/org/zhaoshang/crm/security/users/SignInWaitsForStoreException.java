package org.zhaoshang.crm.security.users;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The store cannot be reached and the password was not checked recently: the sign-in waits until it is back. */
public class SignInWaitsForStoreException extends AuthenticationServiceException {

    SignInWaitsForStoreException() {
        super("The data store cannot be reached: signing in waits until it is back");
    }
}
