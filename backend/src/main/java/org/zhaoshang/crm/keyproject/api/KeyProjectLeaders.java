package org.zhaoshang.crm.keyproject.api;

/**
 * Whether a user answers for a lead as a key project of a year, read from the key project's own events (never from a
 * read model), for decisions of other aggregates (a leader records a talk on a problem of their project).
 */
public interface KeyProjectLeaders {

    boolean answersFor(String username, int year, String leadId);
}
