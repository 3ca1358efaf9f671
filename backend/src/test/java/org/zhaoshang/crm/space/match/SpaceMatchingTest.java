package org.zhaoshang.crm.space.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.building.api.BuildingTaxRecordedEvent;
import org.zhaoshang.crm.building.api.UnitAddedEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.space.api.FindLeadMatchesQuery;
import org.zhaoshang.crm.space.api.FindSpaceMatchesQuery;
import org.zhaoshang.crm.space.api.LeadMatches;
import org.zhaoshang.crm.space.api.MatchReason;
import org.zhaoshang.crm.space.api.MatchReason.Code;
import org.zhaoshang.crm.space.api.SpaceMatch;
import org.zhaoshang.crm.space.api.SpaceMatches;
import org.zhaoshang.crm.space.api.SpaceNeed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Matching on a handmade district of six buildings on a fixed day (15 June 2026), every event delivered twice.
 */
class SpaceMatchingTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), ZoneOffset.UTC);
    private static final MetaData STAFF = MetaData.from(Caller.user("staff", Set.of(Role.STAFF), null).toMetaData());
    private static final MetaData AMBASSADOR = MetaData.from(
            Caller.user("ambassador", Set.of(Role.AMBASSADOR), "amb-1").toMetaData());
    private static final MetaData LEADER = MetaData.from(Caller.user("leader", Set.of(Role.LEADER), null)
                                                               .toMetaData());

    private SpaceMatchProjection projection;
    private SpaceMatchQueries queries;
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, LeadState> leads = new HashMap<>();

    @BeforeEach
    void district(TestInfo test) {
        MongoDatabase database = STORE.database("district-" + test.getTestMethod().orElseThrow().getName());
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        projection = new SpaceMatchProjection(database, null, json);
        ProjectLeads folded = new ProjectLeads(null) {
            @Override
            public LeadState now(String leadId) {
                return leads.getOrDefault(leadId, LeadState.NONE);
            }
        };
        queries = new SpaceMatchQueries(new FreeSpaceIndex(database, json), folded, CLOCK);

        building("b-fin", "金融中心", TargetZone.FINANCIAL_CITY_CLUSTER, Set.of(Industry.INDUSTRIAL_FINANCE));
        deliver(new BuildingTaxRecordedEvent("b-fin", 2025, null, new BigDecimal("12000"), TaxSource.ENTERED,
                                             "manager", TODAY));
        unit("b-fin", "u-fin-1001", 10, "1001", 1, "1000", "6.0");
        unit("b-fin", "u-fin-1002", 10, "1002", 2, "1000", "6.0");
        deliver(new UnitReservedEvent("b-fin", "u-fin-1002", "lead-x", LocalDate.of(2026, 7, 31), "staff", TODAY));
        unit("b-fin", "u-fin-1101", 11, "1101", 1, "1000", "6.0");
        deliver(new UnitReservedEvent("b-fin", "u-fin-1101", "lead-x", LocalDate.of(2026, 6, 1), "staff",
                                      LocalDate.of(2026, 5, 1)));

        building("b-pair", "双子座", TargetZone.FINANCIAL_CITY_CLUSTER, Set.of());
        unit("b-pair", "u-pair-501", 5, "501", 1, "1500", "4.0");
        unit("b-pair", "u-pair-502", 5, "502", 2, "1500", "4.0");

        building("b-gap", "间隔楼", TargetZone.FINANCIAL_CITY_CLUSTER, Set.of());
        unit("b-gap", "u-gap-801", 8, "801", 1, "1500", "4.0");
        unit("b-gap", "u-gap-802", 8, "802", 2, "400", "4.0");
        deliver(new UnitLetEvent("b-gap", "u-gap-802", new Tenant("Tenant Lead Ltd", "lead-tenant", null, null),
                                 LocalDate.of(2026, 1, 1), null, "manager", TODAY));
        unit("b-gap", "u-gap-803", 8, "803", 3, "1500", "4.0");

        building("b-old", "明府大厦", TargetZone.MINGFU_OLD_CITY, Set.of());
        unit("b-old", "u-old-301", 3, "301", 1, "800", "2.0");
        building("b-tech", "山大科技楼", TargetZone.SHANDA_ROAD_TECH_AXIS, Set.of());
        unit("b-tech", "u-tech-301", 3, "301", 1, "800", "2.0");
        building("b-law", "律师楼", TargetZone.MINGFU_OLD_CITY, Set.of(Industry.PROFESSIONAL_SERVICES));
        unit("b-law", "u-law-601", 6, "601", 1, "800", "3.0");
        leads();
    }

    @Test
    void aUnitOfExactlyTheAreaComesFirstAndAReservationOnlyOnceLapsed() {
        SpaceMatches matches = spaceMatches("lead-open", need("1000", TargetZone.FINANCIAL_CITY_CLUSTER, null, null));

        assertThat(matches.matches()).extracting(SpaceMatch::unitIds).startsWith(
                List.of("u-fin-1001"), List.of("u-fin-1101"))
                .as("reserved until next month: not offered").noneMatch(ids -> ids.contains("u-fin-1002"));
        SpaceMatch best = matches.matches().get(0);
        assertThat(best.score()).isEqualTo(85);
        assertThat(best.tier()).isEqualTo(TaxTier.YI);
        assertThat(best.areaM2()).isEqualByComparingTo("1000");
        assertThat(best.reasons().get(0)).isEqualTo(new MatchReason(Code.AREA_FITS, Map.of(
                "areaM2", "1000", "needM2", "1000", "percent", "100")));
        assertThat(best.reasons()).extracting(MatchReason::code)
                                  .contains(Code.ZONE, Code.SINGLE_UNIT, Code.TOP_TIER);
    }

    @Test
    void threeThousandSquareMetresAreMetByTwoAdjacentUnitsNotByTwoApart() {
        SpaceMatches matches = spaceMatches("lead-open", need("3000", null, null, null));

        assertThat(matches.matches()).singleElement().satisfies(match -> {
            assertThat(match.unitIds()).containsExactly("u-pair-501", "u-pair-502");
            assertThat(match.unitNumbers()).containsExactly("501", "502");
            assertThat(match.areaM2()).isEqualByComparingTo("3000");
            assertThat(match.askingRentYuanPerM2Day()).isEqualByComparingTo("4.0");
            assertThat(match.reasons()).contains(new MatchReason(Code.ADJACENT_UNITS, Map.of("units", "2")));
        });
    }

    @Test
    void theZoneAskedForRanksFirstAndAnotherZoneLowerButStillListed() {
        List<SpaceMatch> matches = spaceMatches("lead-open", need("800", TargetZone.MINGFU_OLD_CITY, null, null))
                .matches();

        assertThat(matches).as("1,000 m² elsewhere is close enough too, but further from the need")
                           .extracting(SpaceMatch::buildingId).containsExactly("b-law", "b-old", "b-tech", "b-fin",
                                                                               "b-fin");
        assertThat(matches.get(2).reasons()).contains(new MatchReason(Code.OTHER_ZONE, Map.of(
                "zone", "SHANDA_ROAD_TECH_AXIS", "needZone", "MINGFU_OLD_CITY")));
        assertThat(matches.get(2).score()).isLessThan(matches.get(1).score());
    }

    @Test
    void aLawFirmIsOfferedTheLawyersBuildingFirst() {
        List<SpaceMatch> matches = spaceMatches("lead-open", need("800", TargetZone.MINGFU_OLD_CITY,
                                                                  Industry.PROFESSIONAL_SERVICES, null)).matches();

        assertThat(matches.get(0).buildingId()).isEqualTo("b-law");
        assertThat(matches.get(0).reasons()).contains(new MatchReason(Code.THEMED, Map.of(
                "industry", "PROFESSIONAL_SERVICES")));
        assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score());
    }

    @Test
    void aUnitOverTheBudgetRanksBelowOneWithinIt() {
        List<SpaceMatch> matches = spaceMatches("lead-open", need("800", TargetZone.MINGFU_OLD_CITY, null, "2.5"))
                .matches();

        assertThat(matches).extracting(SpaceMatch::buildingId).startsWith("b-old", "b-law");
        assertThat(matches.get(0).reasons()).contains(new MatchReason(Code.WITHIN_BUDGET, Map.of(
                "rent", "2", "budget", "2.5")));
        assertThat(matches.get(1).reasons()).contains(new MatchReason(Code.OVER_BUDGET, Map.of(
                "rent", "3", "budget", "2.5")));
    }

    @Test
    void aUnitLetIsGoneOnceTheLetIsDeliveredEvenTwice() {
        assertThat(spaceMatches("lead-open", need("800", TargetZone.MINGFU_OLD_CITY, null, null)).matches())
                .extracting(SpaceMatch::buildingId).contains("b-old");

        deliver(new UnitLetEvent("b-old", "u-old-301", new Tenant("Someone Else Ltd", null, null, null), TODAY, null,
                                 "manager", TODAY));

        assertThat(spaceMatches("lead-open", need("800", TargetZone.MINGFU_OLD_CITY, null, null)).matches())
                .extracting(SpaceMatch::buildingId).doesNotContain("b-old").startsWith("b-law", "b-tech");
    }

    @Test
    void aLeadsOwnNeedIsMatchedAndGivenValuesReplaceIt() {
        SpaceMatches matches = spaceMatches("lead-big", null);

        assertThat(matches.need()).isEqualTo(new SpaceNeed(new BigDecimal("3000"),
                                                           TargetZone.FINANCIAL_CITY_CLUSTER, Industry.HEADQUARTERS,
                                                           null));
        assertThat(matches.matches()).extracting(SpaceMatch::buildingId).containsExactly("b-pair");
        assertThat(spaceMatches("lead-big", need("1000", null, null, null)).matches())
                .extracting(SpaceMatch::buildingId).startsWith("b-fin");
    }

    @Test
    void aBuildingListsTheOpenLeadsItFitsBestFirst() {
        LeadMatches matches = queries.handle(new FindLeadMatchesQuery("b-pair", null), STAFF);

        assertThat(matches.leads()).as("lost, a tenant already, or too small for a 1,500 m² unit: left out")
                                   .extracting(LeadMatches.LeadMatch::leadId)
                                   .containsExactly("lead-big", "lead-amb");
        LeadMatches.LeadMatch best = matches.leads().get(0);
        assertThat(best.companyName()).isEqualTo("Big Bank plc");
        assertThat(best.stage()).isEqualTo(Stage.INTENT);
        assertThat(best.owner()).isEqualTo("staff");
        assertThat(best.best().unitIds()).containsExactly("u-pair-501", "u-pair-502");
        assertThat(queries.handle(new FindLeadMatchesQuery("b-pair", 1), STAFF).leads()).hasSize(1);
        assertThat(queries.handle(new FindLeadMatchesQuery("no-such", null), STAFF)).isNull();
        assertThat(queries.handle(new FindLeadMatchesQuery("b-pair", null), LEADER).leads())
                .as("a leader who is not staff sees no lead").isEmpty();
    }

    @Test
    void anAmbassadorMatchesTheirOwnLeadOnly() {
        assertThat(queries.handle(new FindSpaceMatchesQuery("lead-amb", null, null), AMBASSADOR).matches())
                .extracting(SpaceMatch::buildingId).contains("b-gap", "b-pair");
        assertThat(queries.handle(new FindSpaceMatchesQuery("lead-big", null, null), AMBASSADOR))
                .as("another's lead: not found").isNull();
        assertThat(queries.handle(new FindSpaceMatchesQuery("no-such", null, null), STAFF)).isNull();
        assertThatThrownBy(() -> queries.handle(new FindLeadMatchesQuery("b-pair", null), AMBASSADOR))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void badParametersAreRefused() {
        for (FindSpaceMatchesQuery bad : List.of(
                new FindSpaceMatchesQuery("lead-big", null, 0),
                new FindSpaceMatchesQuery("lead-big", null, 101),
                new FindSpaceMatchesQuery("lead-big", need("-5", null, null, null), null),
                new FindSpaceMatchesQuery("lead-big", need("0", null, null, null), null),
                new FindSpaceMatchesQuery("lead-big", need("1000", null, null, "0"), null),
                new FindSpaceMatchesQuery("lead-big", need("1000", null, null, "1e-40"), null))) {
            assertThatThrownBy(() -> queries.handle(bad, STAFF)).as(bad.toString())
                                                               .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> queries.handle(new FindLeadMatchesQuery("b-pair", 0), STAFF))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> queries.handle(new FindLeadMatchesQuery("b-pair", 101), STAFF))
                .isInstanceOf(InvalidInputException.class);
    }

    private void leads() {
        lead("lead-open", "Open Co", null, null, null, null);
        lead("lead-big", "Big Bank plc", null, "3000", TargetZone.FINANCIAL_CITY_CLUSTER, Industry.HEADQUARTERS);
        deliver(new LeadMovedToStageEvent("lead-big", Stage.LEAD, Stage.INTENT, TODAY, null));
        lead("lead-amb", "Ambassador Co", "amb-1", "1500", null, null);
        lead("lead-lost", "Lost Co", null, "3000", TargetZone.FINANCIAL_CITY_CLUSTER, null);
        deliver(new LeadLostEvent("lead-lost", Stage.LEAD, LossReason.LOST_CONTACT, null, null, TODAY));
        lead("lead-tenant", "Tenant Lead Ltd", null, "3000", TargetZone.FINANCIAL_CITY_CLUSTER, null);
        lead("lead-small", "Small Co", null, "900", TargetZone.FINANCIAL_CITY_CLUSTER, null);
    }

    private SpaceMatches spaceMatches(String leadId, SpaceNeed given) {
        return queries.handle(new FindSpaceMatchesQuery(leadId, given, null), STAFF);
    }

    private static SpaceNeed need(String areaM2, TargetZone zone, Industry industry, String maxRent) {
        return new SpaceNeed(areaM2 == null ? null : new BigDecimal(areaM2), zone, industry,
                             maxRent == null ? null : new BigDecimal(maxRent));
    }

    private void lead(String leadId, String name, String introducedBy, String floorSpace, TargetZone zone,
                      Industry industry) {
        deliver(new LeadCreatedEvent(leadId, new Company(name, null, null, null, industry, false, false, null),
                                     SourceMarket.LONDON, introducedBy == null ? Channel.ROADSHOW_EVENT
                                                                               : Channel.AMBASSADOR,
                                     introducedBy, "staff", TODAY));
        if (floorSpace != null) {
            deliver(new LeadNumbersUpdatedEvent(leadId, null, null, new BigDecimal(floorSpace), null, null, zone,
                                                null));
        }
    }

    private void building(String buildingId, String name, TargetZone zone, Set<Industry> themes) {
        deliver(new BuildingRegisteredEvent(buildingId, new BuildingProfile(
                name, null, BuildingKind.BUILDING, zone, "历下区", "运营方", null, new BigDecimal("50000"),
                new BigDecimal("40000"), 30, 2, themes), "manager", TODAY));
    }

    private void unit(String buildingId, String unitId, int floor, String number, int position, String area,
                      String rent) {
        deliver(new UnitAddedEvent(buildingId, unitId, new UnitLayout(floor, number, position, new BigDecimal(area),
                                                                      new BigDecimal(rent)), "manager", TODAY));
    }

    /** Each event twice, as a processor may deliver it. */
    private void deliver(Object event) {
        String aggregate = event instanceof BuildingEvent building ? building.buildingId()
                           : ((LeadEvent) event).leadId();
        long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
        for (int delivery = 0; delivery < 2; delivery++) {
            if (event instanceof BuildingEvent building) {
                projection.on(building, sequence);
            } else {
                projection.on((LeadEvent) event, sequence);
            }
        }
        if (event instanceof LeadEvent leadEvent) {
            leads.merge(leadEvent.leadId(), LeadState.NONE.apply(leadEvent, null),
                        (known, any) -> known.apply(leadEvent, null));
        }
    }
}
