package org.zhaoshang.crm.notification.api;

/** A message could not be delivered now (the mail server or a robot is down, or refused it); it is tried again. */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryFailedException(String message) {
        super(message);
    }
}
