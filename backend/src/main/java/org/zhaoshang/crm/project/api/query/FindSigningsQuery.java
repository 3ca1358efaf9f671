package org.zhaoshang.crm.project.api.query;

/** The signings of a year (by the day each agreement was signed), reported and verified; managers only. */
public record FindSigningsQuery(int year) {
}
