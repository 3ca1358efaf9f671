package org.zhaoshang.crm.performance.api;

/** A rate of domain.md's "After the signature"; each counts verified facts only. */
public enum Rate {
    /** 注册率: projects registered / projects whose registration is due */
    REGISTRATION,
    /** 资金到位率 by amount: verified capital arrived by the day / capital due by the day (万元) */
    CAPITAL_ARRIVAL_AMOUNT,
    /** 资金到位率 by count: projects with all due capital arrived / projects with capital due */
    CAPITAL_ARRIVAL_COUNT,
    /** 开工率: land projects started / land projects whose start is due */
    CONSTRUCTION_START,
    /** 投产率 (开业率 for office projects): projects operating / projects whose operating day is due */
    OPERATING,
    /** 达产率: projects at full production / projects whose full production is due */
    FULL_PRODUCTION,
    /**
     * 履约率: projects that have met every commitment due by the day (late but met counts) / projects with at least one
     * commitment due
     */
    PERFORMANCE,
    /** 履约率, on time: only commitments met by each promised day count as met */
    PERFORMANCE_ON_TIME
}
