package org.zhaoshang.crm.building.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.query.BuildingDetail;
import org.zhaoshang.crm.building.api.query.BuildingDetail.FloorPlan;
import org.zhaoshang.crm.building.api.query.BuildingList;
import org.zhaoshang.crm.building.api.query.BuildingRow;
import org.zhaoshang.crm.building.api.query.FindBuildingQuery;
import org.zhaoshang.crm.building.api.query.FindBuildingsQuery;
import org.zhaoshang.crm.building.api.query.FindUnitHistoryQuery;
import org.zhaoshang.crm.building.api.query.UnitHistory;
import org.zhaoshang.crm.building.api.query.UnitHistory.Change;
import org.zhaoshang.crm.building.api.query.UnitHistory.Entry;
import org.zhaoshang.crm.building.api.query.UnitView;
import org.zhaoshang.crm.building.api.query.Vacancy;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.building.kept.KeptBuildings;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.NotFoundException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhaoshang.crm.building.HandmadeBuildings.ALPHA;
import static org.zhaoshang.crm.building.HandmadeBuildings.BANK_LEAD;
import static org.zhaoshang.crm.building.HandmadeBuildings.BETA;
import static org.zhaoshang.crm.building.HandmadeBuildings.OTHER_LEAD;
import static org.zhaoshang.crm.building.HandmadeBuildings.alpha;
import static org.zhaoshang.crm.building.HandmadeBuildings.beta;
import static org.zhaoshang.crm.building.HandmadeBuildings.day;

/**
 * The building library read from its events, each delivered once or twice: the list with its filters, the stacking
 * plan, a unit's history; leads shown only to those who may see them; readers staff, managers and leaders.
 */
class BuildingQueriesTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Clock CLOCK = Clock.fixed(day("2026-12-07").atStartOfDay(BureauTime.ZONE).plusHours(9)
                                                                    .toInstant(), BureauTime.ZONE);
    private static final MetaData MANAGER = as("manager", Role.MANAGER);
    private static final MetaData STAFF = as("li.na", Role.STAFF);
    private static final MetaData KEEPER = as("wang.fang", Role.STAFF);
    private static final MetaData LEADER = as("leader.zhao", Role.LEADER);

    private static final PeopleDirectory PEOPLE = new PeopleDirectory() {
        @Override
        public String nameOf(String username) {
            return Map.of("wang.fang", "王芳", "li.na", "李娜", "manager", "张经理").getOrDefault(username, username);
        }

        @Override
        public List<Person> withAnyRole(Set<Role> roles) {
            return List.of();
        }
    };

    private static final ProjectLeads LEADS = new ProjectLeads(null) {
        @Override
        public LeadState now(String leadId) {
            return Map.of(BANK_LEAD, lead(BANK_LEAD, "伦敦银行"), OTHER_LEAD, lead(OTHER_LEAD, "慕尼黑保险"))
                      .getOrDefault(leadId, LeadState.NONE);
        }
    };

    private static MetaData as(String user, Role... roles) {
        return MetaData.from(Caller.user(user, Set.of(roles), null).toMetaData());
    }

    private static LeadState lead(String leadId, String company) {
        LocalDate identified = day("2026-01-01");
        return new LeadState(leadId, Company.named(null, company), SourceMarket.LONDON, null, null, "li.na",
                             List.of(), Stage.INTENT, Stage.INTENT, LeadStatus.OPEN, identified, identified, null,
                             null, LeadState.Figures.NONE, LeadState.Assessment.NONE, LeadState.Agreement.NONE, null,
                             LeadState.Hold.NONE, LeadState.Loss.NONE, Map.of(), Map.of(), Map.of(), List.of(),
                             List.of());
    }

    private static BuildingLibraryProjection projected(MongoDatabase database, boolean twice) {
        BuildingLibraryProjection projection = new BuildingLibraryProjection(database, JSON);
        for (List<BuildingEvent> events : List.of(alpha(), beta())) {
            for (int sequence = 0; sequence < events.size(); sequence++) {
                projection.on(events.get(sequence), sequence);
                if (twice) {
                    projection.on(events.get(sequence), sequence);
                    if (sequence > 0) {
                        projection.on(events.get(sequence - 1), sequence - 1);
                    }
                }
            }
        }
        return projection;
    }

    private static BuildingQueries queries(BuildingLibraryProjection projection) {
        return new BuildingQueries(projection, PEOPLE, LEADS, CLOCK);
    }

    private static BuildingQueries QUERIES;

    @BeforeAll
    static void project() {
        QUERIES = queries(projected(STORE.database("buildings-read"), true));
    }

    private static List<String> found(FindBuildingsQuery query, MetaData caller) {
        return QUERIES.handle(query, caller).buildings().stream().map(BuildingRow::buildingId).toList();
    }

    @Test
    void theListShowsEachBuildingsVacancyTaxAndTierOfTheYearByName() {
        BuildingList list = QUERIES.handle(new FindBuildingsQuery(null, null, null, null, false), STAFF);

        assertThat(list.year()).isEqualTo(2026);
        assertThat(list.buildings()).extracting(BuildingRow::buildingId).containsExactly(ALPHA, BETA);
        BuildingRow alpha = list.buildings().get(0);
        assertThat(alpha.managerName()).isEqualTo("王芳");
        assertThat(alpha.units()).isEqualTo(3);
        assertThat(alpha.vacancy()).as("302 let, 301 reserved, 101's reservation lapsed: vacant").isEqualTo(
                new Vacancy(new BigDecimal("10000"), new BigDecimal("1000"), new BigDecimal("400"),
                            new BigDecimal("600"), new BigDecimal("0.1400")));
        assertThat(alpha.taxWan()).isEqualByComparingTo("5000");
        assertThat(alpha.tier()).isEqualTo(TaxTier.NEAR_YI);
        assertThat(alpha.taxPerM2Yuan()).isEqualByComparingTo("5000");
        BuildingRow beta = list.buildings().get(1);
        assertThat(beta.tier()).isEqualTo(TaxTier.NONE);
        assertThat(beta.taxWan()).isNull();
        assertThat(beta.vacancy().vacancyRate()).isEqualByComparingTo("0.25");
    }

    @Test
    void theListFiltersByZoneTierAtOrAboveInAYearTextAndTheCallersOwnBuildings() {
        assertThat(found(new FindBuildingsQuery(TargetZone.MINGFU_OLD_CITY, null, null, null, false), STAFF))
                .containsExactly(BETA);
        assertThat(found(new FindBuildingsQuery(null, TaxTier.YI, null, 2025, false), STAFF)).containsExactly(ALPHA);
        assertThat(found(new FindBuildingsQuery(null, TaxTier.TEN_MILLION, null, 2025, false), STAFF))
                .as("a 亿元楼 is at or above 千万楼").containsExactly(ALPHA);
        assertThat(found(new FindBuildingsQuery(null, TaxTier.YI, null, 2026, false), STAFF)).isEmpty();
        assertThat(found(new FindBuildingsQuery(null, null, "alpha tower", null, false), STAFF)).containsExactly(ALPHA);
        assertThat(found(new FindBuildingsQuery(null, null, "明府路", null, false), STAFF)).containsExactly(BETA);
        assertThat(found(new FindBuildingsQuery(null, null, " 园区 ", null, false), STAFF)).containsExactly(BETA);
        assertThat(found(new FindBuildingsQuery(null, null, null, null, true), KEEPER)).containsExactly(ALPHA);
        assertThat(found(new FindBuildingsQuery(null, null, null, null, true), STAFF)).isEmpty();
        assertThatThrownBy(() -> found(new FindBuildingsQuery(null, null, "x".repeat(201), 1999, false), STAFF))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("year").hasMessageContaining("text");
    }

    @Test
    void theStackingPlanHasEveryFloorFromTheTopDownUnitsByPlaceAndTaxYearsLatestFirst() {
        BuildingDetail detail = QUERIES.handle(new FindBuildingQuery(ALPHA), STAFF);

        assertThat(detail.floors()).extracting(FloorPlan::floor).containsExactly(3, 2, 1, -1);
        assertThat(detail.floors().get(0).units()).extracting(UnitView::unitId, UnitView::status)
                .containsExactly(tuple("u-302", UnitStatus.LET), tuple("u-301", UnitStatus.RESERVED));
        assertThat(detail.floors().get(1).units()).isEmpty();
        UnitView lapsed = detail.floors().get(2).units().get(0);
        assertThat(lapsed.status()).as("its reservation's day passed").isEqualTo(UnitStatus.VACANT);
        assertThat(lapsed.reservedFor()).isNull();
        UnitView let = detail.floors().get(0).units().get(0);
        assertThat(let.tenant().leadId()).isEqualTo(BANK_LEAD);
        assertThat(let.tenant().projectId()).isEqualTo("p-bank");
        assertThat(let.letFrom()).isEqualTo(day("2026-12-01"));
        UnitView reserved = detail.floors().get(0).units().get(1);
        assertThat(reserved.reservedFor()).isEqualTo(OTHER_LEAD);
        assertThat(reserved.reservedForName()).isEqualTo("慕尼黑保险");
        assertThat(reserved.reservedUntil()).isEqualTo(day("2026-12-20"));
        assertThat(detail.taxYears()).extracting(BuildingDetail.TaxYear::year, BuildingDetail.TaxYear::tier)
                                     .containsExactly(tuple(2026, TaxTier.NEAR_YI), tuple(2025, TaxTier.YI));
        assertThat(detail.taxYears().get(0).monthsWan()).containsOnlyKeys(1, 2);
        assertThat(detail.taxYears().get(1).taxPerM2Yuan()).isEqualByComparingTo("12000");
        assertThat(detail.version()).isEqualTo(alpha().size() - 1);
        assertThat(detail.managerName()).isEqualTo("王芳");
        assertThat(detail.vacancy().vacancyRate()).isEqualByComparingTo("0.14");
    }

    @Test
    void managersAndTheBuildingsManagerMayChangeItAndLetItsUnitsOtherStaffAndLeadersNot() {
        for (MetaData keeper : List.of(MANAGER, KEEPER)) {
            BuildingDetail detail = QUERIES.handle(new FindBuildingQuery(ALPHA), keeper);
            assertThat(detail.mayChange()).isTrue();
            assertThat(detail.mayLet()).isTrue();
        }
        for (MetaData reader : List.of(STAFF, LEADER)) {
            BuildingDetail detail = QUERIES.handle(new FindBuildingQuery(ALPHA), reader);
            assertThat(detail.mayChange()).isFalse();
            assertThat(detail.mayLet()).isFalse();
        }
    }

    @Test
    void aLeaderWhoMayNotSeeTheLeadsSeesTheTenantsCompanyButNoLeadOrProject() {
        BuildingDetail detail = QUERIES.handle(new FindBuildingQuery(ALPHA), LEADER);

        UnitView let = detail.floors().get(0).units().get(0);
        assertThat(let.tenant().companyName()).isEqualTo("伦敦银行");
        assertThat(let.tenant().leadId()).isNull();
        assertThat(let.tenant().projectId()).isNull();
        UnitView reserved = detail.floors().get(0).units().get(1);
        assertThat(reserved.status()).isEqualTo(UnitStatus.RESERVED);
        assertThat(reserved.reservedFor()).isNull();
        assertThat(reserved.reservedForName()).isNull();

        UnitHistory history = QUERIES.handle(new FindUnitHistoryQuery(ALPHA, "u-302"), LEADER);
        assertThat(history.entries()).extracting(Entry::change, Entry::leadId, Entry::leadName)
                                     .containsExactly(tuple(Change.LET, null, null),
                                                      tuple(Change.RESERVED, null, null),
                                                      tuple(Change.ADDED, null, null));
        assertThat(history.entries().get(0).tenant().leadId()).isNull();
        assertThat(history.entries().get(0).tenant().companyName()).isEqualTo("伦敦银行");
    }

    @Test
    void aUnitsHistoryIsLatestFirstWithTheDaysItSaysAndDisplayNames() {
        UnitHistory history = QUERIES.handle(new FindUnitHistoryQuery(ALPHA, "u-302"), STAFF);

        assertThat(history.entries()).extracting(Entry::change, Entry::on, Entry::day, Entry::byName, Entry::leadId)
                .containsExactly(tuple(Change.LET, day("2026-11-20"), day("2026-12-01"), "王芳", null),
                                 tuple(Change.RESERVED, day("2026-11-01"), day("2026-11-30"), "李娜", BANK_LEAD),
                                 tuple(Change.ADDED, day("2024-01-05"), null, "王芳", null));
        assertThat(history.entries().get(1).leadName()).isEqualTo("伦敦银行");
        assertThat(history.entries().get(0).tenant().projectId()).isEqualTo("p-bank");
        assertThat(history.entries().get(2).layout().areaM2()).isEqualByComparingTo("600");
    }

    @Test
    void anUnknownBuildingOrUnitIsNotFound() {
        assertThatThrownBy(() -> QUERIES.handle(new FindBuildingQuery("b-none"), STAFF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> QUERIES.handle(new FindUnitHistoryQuery(ALPHA, "u-none"), STAFF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> QUERIES.handle(new FindUnitHistoryQuery("b-none", "u-1"), STAFF))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void ambassadorsAndAdministratorsReadNothing() {
        for (MetaData refused : List.of(MetaData.from(Caller.user("amb", Set.of(Role.AMBASSADOR), "amb-1")
                                                            .toMetaData()), as("admin", Role.ADMIN))) {
            assertThatThrownBy(() -> QUERIES.handle(new FindBuildingsQuery(null, null, null, null, false), refused))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> QUERIES.handle(new FindBuildingQuery(ALPHA), refused))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> QUERIES.handle(new FindUnitHistoryQuery(ALPHA, "u-302"), refused))
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void everyEventDeliveredTwiceGivesTheSameDocumentsAndAnswersAndTheDocumentsLoadAgain() {
        MongoDatabase once = STORE.database("buildings-once");
        MongoDatabase twice = STORE.database("buildings-twice");
        BuildingQueries single = queries(projected(once, false));
        BuildingQueries doubled = queries(projected(twice, true));

        assertThat(documents(twice)).isEqualTo(documents(once));
        assertThat(doubled.handle(new FindBuildingQuery(ALPHA), STAFF))
                .isEqualTo(single.handle(new FindBuildingQuery(ALPHA), STAFF));
        assertThat(doubled.handle(new FindUnitHistoryQuery(ALPHA, "u-302"), STAFF))
                .isEqualTo(single.handle(new FindUnitHistoryQuery(ALPHA, "u-302"), STAFF));

        BuildingQueries restarted = queries(new BuildingLibraryProjection(once, JSON));
        assertThat(restarted.handle(new FindBuildingQuery(ALPHA), STAFF))
                .isEqualTo(single.handle(new FindBuildingQuery(ALPHA), STAFF));
        assertThat(restarted.handle(new FindBuildingsQuery(null, null, null, null, false), STAFF))
                .isEqualTo(single.handle(new FindBuildingsQuery(null, null, null, null, false), STAFF));
    }

    private static List<Document> documents(MongoDatabase database) {
        List<Document> documents = new ArrayList<>();
        database.getCollection(BuildingLibraryProjection.COLLECTION).find().sort(new Document("_id", 1))
                .forEach(document -> {
                    document.remove(KeptBuildings.STORED_AT);
                    documents.add(document);
                });
        return documents;
    }
}
