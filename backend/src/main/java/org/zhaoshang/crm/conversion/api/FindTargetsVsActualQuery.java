package org.zhaoshang.crm.conversion.api;

public record FindTargetsVsActualQuery(int year) {
}
