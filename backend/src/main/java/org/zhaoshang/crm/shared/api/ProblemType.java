package org.zhaoshang.crm.shared.api;

/**
 * A feature's failure that says itself what it means: its code, and the status and title of its RFC 7807 problem
 * (its message is the detail; an {@link InvalidInputException}'s violations are the errors). The shared problem handler
 * thereby needs none of the features' exception types.
 */
public interface ProblemType {

    /** Stable, for programs and the UI's translation ({@code problem.<code>}), for example {@code forbidden}. */
    String code();

    /** The HTTP status of the answer, for example 403. */
    int status();

    String title();
}
