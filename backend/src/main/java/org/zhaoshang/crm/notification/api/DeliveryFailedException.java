package org.zhaoshang.crm.notification.api;

import org.zhaoshang.crm.shared.api.ProblemType;

/**
 * A message could not be delivered now (the mail server or a robot is down, or refused it); it is tried again. Its
 * message names what refused it and the refusal's code, never an address's key or a secret. Told as a 502 problem
 * where a caller waited for it (a robot's test).
 */
public class DeliveryFailedException extends RuntimeException implements ProblemType {

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryFailedException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "delivery-failed";
    }

    @Override
    public int status() {
        return 502;
    }

    @Override
    public String title() {
        return "Not delivered";
    }
}
