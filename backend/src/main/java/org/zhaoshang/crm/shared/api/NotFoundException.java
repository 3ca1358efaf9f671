package org.zhaoshang.crm.shared.api;

/** No record with the id asked for, or none the caller may see (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
