package org.zhaoshang.crm.keyproject.api;

/** A key project is one lead in one year: its id says both. */
public final class KeyProjectIds {

    private KeyProjectIds() {
    }

    public static String of(int year, String leadId) {
        return year + ":" + leadId;
    }
}
