package org.zhaoshang.crm.security.api;

/** The caller may not do this (403). Leads an ambassador may not see are answered as unknown instead. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
