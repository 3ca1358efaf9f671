package org.zhaoshang.crm.shared.api;

/** A request repeated a caller's idempotency key with another body: it is not the retry the key promises. */
public class IdempotencyKeyReusedException extends RuntimeException implements ProblemType {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used before by you with another request; a retry sends the same body, "
              + "a new request a new key. Nothing was created");
    }

    @Override
    public String code() {
        return "idempotency-key-reused";
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Idempotency key reused";
    }
}
