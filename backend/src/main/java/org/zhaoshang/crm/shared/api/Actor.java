package org.zhaoshang.crm.shared.api;

/** Who gave a command. Every command carries it in its metadata, and every event it caused keeps it. */
public final class Actor {

    public static final String META_DATA_KEY = "actor";
    /** Commands given by the application itself (demo data, imports of the system). */
    public static final String SYSTEM = "system";
    /** Until users sign in (security issue), commands from the API and the UI are anonymous. */
    public static final String ANONYMOUS = "anonymous";

    private Actor() {
    }
}
