package org.zhaoshang.crm.report.api;

/** The two reports leadership reads. */
public enum ReportKind {
    /** 调度表: the weekly table of key projects; its period is an ISO week ({@code 2026-W49}) */
    DISPATCH,
    /** 通报: the monthly circular; its period is a month ({@code 2026-11}) */
    CIRCULAR
}
