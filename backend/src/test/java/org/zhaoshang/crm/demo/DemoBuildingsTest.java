package org.zhaoshang.crm.demo;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.building.state.YearTax;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo store holds about 60 buildings whose every command passed the real Building aggregate: the running year
 * counts 38 亿元楼 of which 3 月亿楼, the law and accounting buildings and the finance towers are themed, demo leads
 * are tenants and at least one is reserved for, the demo building manager keeps several.
 */
@SpringBootTest(properties = "zhaoshang.demo-leads=300")
class DemoBuildingsTest {

    @Autowired
    private MongoDatabase database;
    @Autowired
    private EventStore events;
    @Autowired
    private Clock clock;

    @Test
    void sixtyBuildingsWithThePlansTierCountsThemesTenantsAndReservations() {
        List<BuildingState> buildings = new ArrayList<>();
        database.getCollection(MongoEventStorageEngine.EVENTS)
                .distinct(EventLog.AGGREGATE_ID_FIELD, eq("payloadType", BuildingRegisteredEvent.class.getName()),
                          String.class)
                .forEach(id -> buildings.add(BuildingState.of(events.readEvents(id).asStream()
                        .map(DomainEventMessage::getPayload).map(BuildingEvent.class::cast).toList())));

        assertThat(buildings).hasSize(DemoBuilding.ALL.size()).hasSizeBetween(55, 65);
        int year = BureauTime.today(clock).getYear();
        assumeTrue(BureauTime.today(clock).getMonthValue() > 1, "in January a 亿元楼 so far is a 月亿楼 too");
        assertThat(count(buildings, year, TaxTier.YI)).isEqualTo(38);
        assertThat(count(buildings, year, TaxTier.MONTHLY_YI)).isEqualTo(3);
        assertThat(count(buildings, year - 1, TaxTier.YI)).isLessThan(38);
        assertThat(buildings).anyMatch(building -> building.profile().nameZh().contains("律师")
                                                   && building.profile().themes().contains(
                                                           Industry.PROFESSIONAL_SERVICES))
                             .anyMatch(building -> building.profile().nameZh().contains("会计师")
                                                   && building.profile().themes().contains(
                                                           Industry.PROFESSIONAL_SERVICES));
        assertThat(buildings.stream().filter(building -> building.profile().themes()
                                                                 .contains(Industry.INDUSTRIAL_FINANCE)))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(buildings.stream().filter(building -> DemoBuilding.BUILDING_MANAGER.equals(
                building.profile().manager()))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(buildings.stream().flatMap(building -> building.units().stream()))
                .anyMatch(unit -> unit.status() == UnitStatus.RESERVED)
                .anyMatch(unit -> unit.status() == UnitStatus.LET && unit.tenant().projectId() != null)
                .anyMatch(unit -> unit.status() == UnitStatus.VACANT);
    }

    private static long count(List<BuildingState> buildings, int year, TaxTier atLeast) {
        return buildings.stream().map(building -> building.tax(year).map(YearTax::tier).orElse(TaxTier.NONE))
                        .filter(tier -> tier.atLeast(atLeast)).count();
    }
}
