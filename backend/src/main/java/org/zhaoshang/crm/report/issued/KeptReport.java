package org.zhaoshang.crm.report.issued;

import org.zhaoshang.crm.report.api.IssuedReports;

import java.util.Map;

/**
 * A report as kept when it was issued.
 *
 * @param content the Dispatch or Circular as JSON, whole
 * @param leaders the leader (login name) of each key project the content names, by lead id
 */
public record KeptReport(IssuedReports.Row row, String content, Map<String, String> leaders) {
}
