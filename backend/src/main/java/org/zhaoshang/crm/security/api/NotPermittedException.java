package org.zhaoshang.crm.security.api;

import org.zhaoshang.crm.shared.api.ProblemType;

/** The caller may not do this (403). Leads an ambassador may not see are answered as unknown instead. */
public class NotPermittedException extends RuntimeException implements ProblemType {

    public NotPermittedException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "forbidden";
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
