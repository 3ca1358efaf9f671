package org.zhaoshang.crm.conversion.query;

import org.axonframework.messaging.MetaData;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.conversion.api.BoardAsOf;
import org.zhaoshang.crm.conversion.api.CohortReport;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionLeads;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.FindBoardAsOfQuery;
import org.zhaoshang.crm.conversion.api.FindCohortsQuery;
import org.zhaoshang.crm.conversion.api.FindConversionLeadsQuery;
import org.zhaoshang.crm.conversion.api.FindConversionQuery;
import org.zhaoshang.crm.conversion.api.FindTargetsVsActualQuery;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.conversion.api.TargetsVsActual;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Conversion history for managers. Reports on what is known now read the counters and the board of a past day reads
 * the board's history; the funnel of a past day and drilling into a figure go through every lead's journey once.
 */
@Component
class ConversionQueries {

    static final int MAX_MONTHS = 120;
    static final int MAX_CARDS = 200;

    private final ConversionProjection conversion;

    ConversionQueries(ConversionProjection conversion) {
        this.conversion = conversion;
    }

    @QueryHandler
    ConversionReport handle(FindConversionQuery query, MetaData metaData) {
        requireManager(metaData);
        checkPeriod(query.from(), query.to()).throwIfAny();
        return counters(query.asOf(), query.knowledge(), query.dimension()).report(query.from(), query.to(),
                                                                                   query.dimension());
    }

    @QueryHandler
    CohortReport handle(FindCohortsQuery query, MetaData metaData) {
        requireManager(metaData);
        checkPeriod(query.from(), query.to()).throwIfAny();
        return counters(query.asOf(), query.knowledge(), query.dimension()).cohorts(query.from(), query.to(),
                                                                                    query.dimension(), query.value());
    }

    /**
     * The live counters, or for a past day counters of the facts known by then (every lead's journey once), of the
     * one dimension asked: a report reads no other, and counting all six cost six times as much.
     */
    private ConversionCounters counters(LocalDate asOf, Knowledge knowledge, ConversionDimension dimension) {
        if (asOf == null) {
            return conversion.counters();
        }
        return asOf(conversion.journeys(), known(asOf, knowledge), dimension);
    }

    /** Counters of one dimension from the facts of each journey a predicate lets through. */
    static ConversionCounters asOf(Iterable<LeadJourney> journeys, Predicate<JourneyFact> known,
                                   ConversionDimension dimension) {
        ConversionCounters then = new ConversionCounters();
        journeys.forEach(journey -> then.add(JourneyContributions.of(journey, known, dimension)));
        return then;
    }

    @QueryHandler
    ConversionLeads handle(FindConversionLeadsQuery query, MetaData metaData) {
        requireManager(metaData);
        checkPeriod(query.from(), query.to()).required("measure", query.measure()).throwIfAny();
        List<String> values = query.dimension() == ConversionDimension.MARKET
                                      && query.value().equals(ConversionCounters.JAPAN_KOREA)
                              ? List.of("JAPAN", "KOREA") : List.of(query.value());
        String item = query.item() == null ? "" : query.item();
        Predicate<JourneyFact> counted = query.asOf() == null ? fact -> true : known(query.asOf(), query.knowledge());
        TreeSet<String> leadIds = new TreeSet<>();
        conversion.journeys().forEach(journey -> JourneyContributions.of(journey, counted, query.dimension()).stream()
                .map(Contribution::key)
                .filter(key -> key.measure() == query.measure() && key.item().equals(item)
                        && key.dimension() == query.dimension() && values.contains(key.value())
                        && !key.month().isBefore(query.from()) && !key.month().isAfter(query.to()))
                .findAny().ifPresent(key -> leadIds.add(journey.leadId)));
        return new ConversionLeads(new ArrayList<>(leadIds));
    }

    @QueryHandler
    BoardAsOf handle(FindBoardAsOfQuery query, MetaData metaData) {
        requireManager(metaData);
        new Violations().required("asOf", query.asOf())
                        .check(query.cardsPerStage() >= 0 && query.cardsPerStage() <= MAX_CARDS, "cardsPerStage",
                               "range", "must be between 0 and " + MAX_CARDS)
                        .throwIfAny();
        return conversion.boardHistory().board(query.asOf(), query.knowledge(), query.cardsPerStage());
    }

    @QueryHandler
    TargetsVsActual handle(FindTargetsVsActualQuery query, MetaData metaData) {
        requireManager(metaData);
        new Violations().between("year", query.year(), 2000, 2099).throwIfAny();
        SignedTotals signed = conversion.counters().signed(YearMonth.of(query.year(), 1),
                                                           YearMonth.of(query.year(), 12));
        ConversionProjection.TargetsDocument targets = conversion.targets(query.year());
        YearTargets set = query.targetsAsOf() != null ? conversion.targetsAsSetBy(query.year(), query.targetsAsOf())
                          : targets == null ? null : targets.targets();
        BigDecimal bar = set != null && set.investmentPerMuWan() != null ? set.investmentPerMuWan()
                                                                         : YearTargets.DISTRICT_BAR_PER_MU_WAN;
        long belowBar = conversion.journeys().stream()
                                  .filter(journey -> signedIn(journey, query.year()))
                                  .filter(journey -> journey.landAreaMu != null && journey.landAreaMu.signum() > 0)
                                  .filter(journey -> perMu(journey).compareTo(bar) < 0)
                                  .count();
        return new TargetsVsActual(query.year(), set, signed.projects(), signed.investmentWan(),
                                   signed.landAreaMu().signum() == 0 ? null
                                           : signed.landInvestmentWan().divide(signed.landAreaMu(), 2,
                                                                               RoundingMode.HALF_UP),
                                   belowBar, signed.floorSpaceM2(), signed.fortune500Projects(),
                                   targets == null ? -1 : targets.version());
    }

    private static boolean signedIn(LeadJourney journey, int year) {
        return JourneyContributions.of(journey, fact -> true, ConversionDimension.ALL).stream()
                                   .anyMatch(contribution -> contribution.key().measure()
                                           == org.zhaoshang.crm.conversion.api.Measure.SIGNED
                                           && contribution.key().month().getYear() == year);
    }

    private static BigDecimal perMu(LeadJourney journey) {
        BigDecimal investment = journey.investmentWan == null ? BigDecimal.ZERO : journey.investmentWan;
        return investment.divide(journey.landAreaMu, 2, RoundingMode.HALF_UP);
    }

    static Predicate<JourneyFact> known(LocalDate asOf, Knowledge knowledge) {
        return fact -> !fact.knownOn(knowledge).isAfter(asOf);
    }

    /** Conversion history, targets and looking back are for managers. */
    private static void requireManager(MetaData metaData) {
        Caller.from(metaData).require("Conversion history", Role.MANAGER);
    }

    private static Violations checkPeriod(YearMonth from, YearMonth to) {
        return new Violations()
                .required("from", from)
                .required("to", to)
                .check(from == null || to == null || !to.isBefore(from), "to", "range", "must not be before from")
                .check(from == null || to == null || from.plusMonths(MAX_MONTHS).isAfter(to), "to", "range",
                       "the period may span at most " + MAX_MONTHS + " months");
    }
}
