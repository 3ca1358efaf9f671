package org.zhaoshang.crm.space.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.building.api.BuildingTaxRecordedEvent;
import org.zhaoshang.crm.building.api.UnitAddedEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitVacatedEvent;
import org.zhaoshang.crm.building.api.query.Vacancy;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.building.kept.KeptBuildings;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.space.api.FindSpaceSummaryQuery;
import org.zhaoshang.crm.space.api.SpaceSummary;
import org.zhaoshang.crm.space.api.SpaceSummary.MonthArea;
import org.zhaoshang.crm.space.api.SpaceSummary.TierYear;
import org.zhaoshang.crm.space.api.SpaceSummary.VacancyPoint;
import org.zhaoshang.crm.space.api.SpaceSummary.WatchedBuilding;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhaoshang.crm.building.HandmadeBuildings.ALPHA;
import static org.zhaoshang.crm.building.HandmadeBuildings.BETA;
import static org.zhaoshang.crm.building.HandmadeBuildings.alpha;
import static org.zhaoshang.crm.building.HandmadeBuildings.beta;
import static org.zhaoshang.crm.building.HandmadeBuildings.day;
import static org.zhaoshang.crm.building.HandmadeBuildings.m2;

/**
 * The space summary of a handmade district on 7 December 2026: Alpha and Beta (see {@code HandmadeBuildings}, Beta
 * with 900 万元 in 2024 and 850 in January 2026) and Gamma (5,000 m²: g-1 of 2,000 m² let from June 2025 and vacated
 * on 30 September 2026, g-2 of 1,000 m² let from 15 March 2026; 11,000 万元 in 2024, a month of 10,500 in 2025 (月亿楼),
 * 9,000 in 2026). Every event is delivered twice.
 */
class SpaceSummariesTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    static final String GAMMA = "b-gamma";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Clock CLOCK = Clock.fixed(day("2026-12-07").atStartOfDay(BureauTime.ZONE).plusHours(9)
                                                                    .toInstant(), BureauTime.ZONE);
    private static final MetaData LEADER = MetaData.from(Caller.user("leader.zhao", Set.of(Role.LEADER), null)
                                                               .toMetaData());
    private static SpaceProjection projection;

    static List<BuildingEvent> gamma() {
        return List.of(
                new BuildingRegisteredEvent(GAMMA, new BuildingProfile(
                        "Gamma 中心", null, BuildingKind.BUILDING, TargetZone.FINANCIAL_CITY_CLUSTER, null, null, null,
                        m2("6000"), m2("5000"), 2, 0, Set.of()), "manager", day("2024-01-02")),
                new UnitAddedEvent(GAMMA, "g-1", new UnitLayout(1, "1", 1, m2("2000"), null), "manager",
                                   day("2024-01-02")),
                new UnitAddedEvent(GAMMA, "g-2", new UnitLayout(2, "2", 1, m2("1000"), null), "manager",
                                   day("2024-01-02")),
                new UnitLetEvent(GAMMA, "g-1", new Tenant("Acme", null, null, null), day("2025-06-01"), null,
                                 "manager", day("2025-05-20")),
                new UnitLetEvent(GAMMA, "g-2", new Tenant("Bolt", null, null, null), day("2026-03-15"), null,
                                 "manager", day("2026-03-01")),
                new UnitVacatedEvent(GAMMA, "g-1", new Tenant("Acme", null, null, null), day("2026-09-30"),
                                     "manager", day("2026-10-08")),
                tax(GAMMA, 2024, null, "11000"), tax(GAMMA, 2025, 3, "10500"), tax(GAMMA, 2026, null, "9000"));
    }

    static List<BuildingEvent> betaWithTax() {
        List<BuildingEvent> events = new ArrayList<>(beta());
        events.add(tax(BETA, 2024, null, "900"));
        events.add(tax(BETA, 2026, 1, "850"));
        return events;
    }

    private static BuildingTaxRecordedEvent tax(String building, int year, Integer month, String wan) {
        return new BuildingTaxRecordedEvent(building, year, month, new BigDecimal(wan), TaxSource.IMPORTED, "manager",
                                            day("2026-11-01"));
    }

    static SpaceProjection projected(MongoDatabase database, boolean twice) {
        SpaceProjection projected = new SpaceProjection(database, JSON);
        for (List<BuildingEvent> events : List.of(alpha(), betaWithTax(), gamma())) {
            for (int sequence = 0; sequence < events.size(); sequence++) {
                projected.on(events.get(sequence), sequence);
                if (twice) {
                    projected.on(events.get(sequence), sequence);
                }
            }
        }
        return projected;
    }

    private static SpaceSummaries summaries(String planStart) {
        return new SpaceSummaries(projection, CLOCK, planStart, new BigDecimal("1000000"), 38, 3);
    }

    private static SpaceSummary summary(String asOf) {
        return summaries("").handle(new FindSpaceSummaryQuery(asOf == null ? null : day(asOf)), LEADER);
    }

    @BeforeAll
    static void project() {
        projection = projected(STORE.database("space-summary"), true);
    }

    @Test
    void vacancyTodayCountsLapsedReservationsAsVacantAndTheVacatedUnitAgain() {
        SpaceSummary today = summary(null);

        assertThat(today.asOf()).isEqualTo(day("2026-12-07"));
        assertThat(today.district()).isEqualTo(new Vacancy(m2("17000"), m2("3500"), m2("400"), m2("1600"),
                                                           new BigDecimal("0.2294")));
        assertThat(today.byZone()).containsOnlyKeys(TargetZone.FINANCIAL_CITY_CLUSTER, TargetZone.MINGFU_OLD_CITY);
        assertThat(today.byZone().get(TargetZone.FINANCIAL_CITY_CLUSTER)).isEqualTo(new Vacancy(
                m2("15000"), m2("3000"), m2("400"), m2("1600"), new BigDecimal("0.2267")));
        assertThat(today.byZone().get(TargetZone.MINGFU_OLD_CITY).vacancyRate()).isEqualByComparingTo("0.25");
    }

    @Test
    void vacancyAtAnEarlierDayIsReadFromTheLetAndVacateDaysAndTheReservationsKnownThen() {
        SpaceSummary earlier = summary("2026-11-15");

        assertThat(earlier.district()).as("302 reserved until its let was recorded, 101 reserved, g-1 vacated")
                                      .isEqualTo(new Vacancy(m2("17000"), m2("2900"), m2("1600"), m2("1000"),
                                                             new BigDecimal("0.2647")));
    }

    @Test
    void theTrendIsTheDistrictsRateAtTheEndOfEachOfTheLast24Months() {
        List<VacancyPoint> trend = summary(null).vacancyTrend();

        assertThat(trend).hasSize(24);
        assertThat(trend.get(0).day()).isEqualTo(day("2025-01-31"));
        assertThat(trend.get(23)).isEqualTo(new VacancyPoint(day("2026-12-07"), new BigDecimal("0.2294")));
        assertThat(trend).filteredOn(point -> point.day().equals(day("2025-05-31"))).singleElement()
                         .extracting(VacancyPoint::vacancyRate).isEqualTo(new BigDecimal("0.3235"));
        assertThat(trend).filteredOn(point -> point.day().equals(day("2025-06-30"))).singleElement()
                         .extracting(VacancyPoint::vacancyRate).isEqualTo(new BigDecimal("0.2059"));
    }

    @Test
    void takeUpCountsTheUnitsLetFromThePlansStartByMonthAgainstTheGoal() {
        SpaceSummary.TakeUp thisYear = summary(null).takeUp();
        assertThat(thisYear.planStart()).as("none configured: 1 January").isEqualTo(day("2026-01-01"));
        assertThat(thisYear.goalM2()).isEqualByComparingTo("1000000");
        assertThat(thisYear.letM2()).isEqualByComparingTo("1600");
        assertThat(thisYear.monthly()).hasSize(12);
        assertThat(thisYear.monthly()).filteredOn(month -> month.areaM2().signum() > 0)
                                      .extracting(MonthArea::month, month -> month.areaM2().intValue())
                                      .containsExactly(tuple("2026-03", 1000), tuple("2026-12", 600));

        assertThat(summary("2026-11-15").takeUp().letM2()).as("302 is let from 1 December")
                                                           .isEqualByComparingTo("1000");
        SpaceSummary.TakeUp sincePlan = summaries("2025-01-01").handle(new FindSpaceSummaryQuery(null), LEADER)
                                                                .takeUp();
        assertThat(sincePlan.letM2()).isEqualByComparingTo("3600");
        assertThat(sincePlan.monthly()).hasSize(24);
    }

    @Test
    void tiersAreCountedAtOrAboveEachYearAgainstThePlansTargetsTheRunningYearSoFar() {
        List<TierYear> tiers = summary(null).tiers();

        assertThat(tiers).extracting(TierYear::year, TierYear::sofar)
                         .containsExactly(tuple(2024, false), tuple(2025, false), tuple(2026, true));
        assertThat(tiers.get(0).counts()).isEqualTo(Map.of(TaxTier.MONTHLY_YI, 0, TaxTier.YI, 1, TaxTier.NEAR_YI, 1,
                                                           TaxTier.TEN_MILLION, 1));
        assertThat(tiers.get(1).counts()).as("Gamma's 月亿楼 counts among the 亿元楼 too").isEqualTo(Map.of(
                TaxTier.MONTHLY_YI, 1, TaxTier.YI, 2, TaxTier.NEAR_YI, 2, TaxTier.TEN_MILLION, 2));
        assertThat(tiers.get(2).counts()).isEqualTo(Map.of(TaxTier.MONTHLY_YI, 0, TaxTier.YI, 0, TaxTier.NEAR_YI, 2,
                                                           TaxTier.TEN_MILLION, 2));
        assertThat(tiers.get(2).targets()).isEqualTo(Map.of(TaxTier.YI, 38, TaxTier.MONTHLY_YI, 3));
        assertThat(summary("2025-12-31").tiers()).extracting(TierYear::year).containsExactly(2024, 2025);
    }

    @Test
    void theWatchListHasTheBuildingsWithin80PercentOfTheNextTierOrWhosePaceReachesItNearestFirst() {
        List<WatchedBuilding> watched = summary(null).watchList();

        assertThat(watched).extracting(WatchedBuilding::buildingId, WatchedBuilding::tier, WatchedBuilding::nextTier)
                           .containsExactly(tuple(GAMMA, TaxTier.NEAR_YI, TaxTier.YI),
                                            tuple(BETA, TaxTier.NONE, TaxTier.TEN_MILLION),
                                            tuple(ALPHA, TaxTier.NEAR_YI, TaxTier.YI));
        assertThat(watched.get(0).gapWan()).isEqualByComparingTo("1000");
        assertThat(watched.get(1).paceWan()).as("850 in one month").isEqualByComparingTo("10200");
        assertThat(watched.get(1).gapWan()).isEqualByComparingTo("150");
        assertThat(watched.get(2).taxWan()).isEqualByComparingTo("5000");
        assertThat(watched.get(2).paceWan()).as("5,000 in two months").isEqualByComparingTo("30000");
    }

    @Test
    void aDayAfterTodayIsRefusedAndAmbassadorsReadNothing() {
        assertThatThrownBy(() -> summary("2026-12-08")).isInstanceOf(InvalidInputException.class)
                                                       .hasMessageContaining("asOf");
        assertThatThrownBy(() -> summaries("").handle(new FindSpaceSummaryQuery(null), MetaData.from(
                Caller.user("amb", Set.of(Role.AMBASSADOR), "amb-1").toMetaData())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void everyEventDeliveredTwiceGivesTheSameDocumentsAndTheSummaryLoadsAgain() {
        MongoDatabase once = STORE.database("space-once");
        projected(once, false);
        assertThat(documents(STORE.database("space-summary"))).isEqualTo(documents(once));
        SpaceSummary restarted = new SpaceSummaries(new SpaceProjection(once, JSON), CLOCK, "", new BigDecimal(
                "1000000"), 38, 3).handle(new FindSpaceSummaryQuery(null), LEADER);
        assertThat(restarted).isEqualTo(summary(null));
    }

    private static List<Document> documents(MongoDatabase database) {
        List<Document> documents = new ArrayList<>();
        database.getCollection(SpaceProjection.COLLECTION).find().sort(new Document("_id", 1)).forEach(document -> {
            document.remove(KeptBuildings.STORED_AT);
            documents.add(document);
        });
        return documents;
    }
}
