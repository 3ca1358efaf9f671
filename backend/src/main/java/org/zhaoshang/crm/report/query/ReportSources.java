package org.zhaoshang.crm.report.query;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.FindConversionQuery;
import org.zhaoshang.crm.conversion.api.FindTargetsVsActualQuery;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.conversion.api.TargetsVsActual;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.messaging.ApplicationQueries;
import org.zhaoshang.crm.performance.api.FindPerformanceQuery;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.FindProblemsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemList;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The answers a report is made of, asked of supervision, conversion history and performance as the application (the
 * report decides what its reader sees), each at the end of a day as known then unless said otherwise.
 */
@Component
class ReportSources {

    private final ApplicationQueries queries;

    ReportSources(ApplicationQueries queries) {
        this.queries = queries;
    }

    /** The year's key projects at the day, of one light (null: any), most urgent first. */
    List<KeyProjectRow> keyProjects(int year, LocalDate day, Light light) {
        return queries.ask(new FindKeyProjectsQuery(year, null, light, day, Knowledge.AS_KNOWN_THEN),
                           KeyProjectList.class).rows();
    }

    /** A key project's dossier at the day; empty when it was never key in the year by then. */
    Optional<KeyProjectDossier> dossier(int year, String leadId, LocalDate day, Knowledge knowledge) {
        try {
            return Optional.of(queries.ask(new FindKeyProjectQuery(year, leadId, day, knowledge),
                                           KeyProjectDossier.class));
        } catch (NotFoundException notKey) {
            return Optional.empty();
        }
    }

    /** Problems at the day of one department and escalation (each null: any), most overdue first. */
    ProblemList problems(String department, Escalation level, LocalDate day) {
        return queries.ask(new FindProblemsQuery(null, department, level, null, day, Knowledge.AS_KNOWN_THEN),
                           ProblemList.class);
    }

    ConversionReport conversion(YearMonth from, YearMonth to, ConversionDimension dimension, LocalDate day) {
        return queries.ask(new FindConversionQuery(from, to, dimension, day, Knowledge.AS_KNOWN_THEN),
                           ConversionReport.class);
    }

    /** The rates of the year's projects (of those signed in a month, when given) at the day. */
    PerformanceReport performance(int year, ConversionDimension dimension, LocalDate day, YearMonth signedIn) {
        return queries.ask(new FindPerformanceQuery(year, dimension, day, Knowledge.AS_KNOWN_THEN, signedIn),
                           PerformanceReport.class);
    }

    /** The year's targets as set by the end of the day, or null when none were. */
    YearTargets targets(int year, LocalDate day) {
        return queries.ask(new FindTargetsVsActualQuery(year, day), TargetsVsActual.class).targets();
    }
}
