package org.zhaoshang.crm.supervision.api.query;

import java.time.LocalDate;
import java.util.List;

/** Key projects at a day, most urgent first (red before yellow before green, then the longest without progress). */
public record KeyProjectList(int year, LocalDate asOf, List<KeyProjectRow> rows) {
}
