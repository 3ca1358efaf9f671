package org.zhaoshang.crm.projection;

/** Every projection with its progress. */
public record FindProjectionsQuery() {
}
