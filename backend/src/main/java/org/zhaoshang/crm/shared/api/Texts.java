package org.zhaoshang.crm.shared.api;

/** How free text from users is taken: blank is nothing, and surrounding spaces never count. */
public final class Texts {

    private Texts() {
    }

    public static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** The text without surrounding spaces, or null when there is none. */
    public static String stripped(String value) {
        return hasText(value) ? value.strip() : null;
    }
}
