package org.zhaoshang.crm.building;

import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.building.api.BuildingTaxRecordedEvent;
import org.zhaoshang.crm.building.api.UnitAddedEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Two handmade buildings as their events say, for the read side's tests (today is 2026-12-07). Alpha Tower (financial
 * city, 10,000 m² commercial, floors 3 to -1, its building manager wang.fang): 302 let to a lead's London bank from 1
 * December after a reservation, 301 reserved for another lead until 20 December, 101 reserved until 1 December (its
 * day passed: vacant); tax 12,000 万元 in 2025 (亿元楼), 3,000 + 2,000 万元 in January and February 2026 (准亿元楼).
 * Beta Park (Mingfu, 2,000 m², one floor): one vacant unit of 500 m², no tax.
 */
public final class HandmadeBuildings {

    public static final String ALPHA = "b-alpha";
    public static final String BETA = "b-beta";
    public static final String BANK_LEAD = "lead-bank";
    public static final String OTHER_LEAD = "lead-other";

    private HandmadeBuildings() {
    }

    public static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    public static BigDecimal m2(String area) {
        return new BigDecimal(area);
    }

    /** Alpha's events, in order (their sequence numbers are their places). */
    public static List<BuildingEvent> alpha() {
        return alpha(ALPHA);
    }

    /** Alpha's events under another id. */
    public static List<BuildingEvent> alpha(String id) {
        return List.of(
                new BuildingRegisteredEvent(id, new BuildingProfile(
                        "Alpha 大厦", "Alpha Tower", BuildingKind.BUILDING, TargetZone.FINANCIAL_CITY_CLUSTER,
                        "经十路 1 号", "汇金置业", "wang.fang", m2("12000"), m2("10000"), 3, 1,
                        Set.of(Industry.values()[0])), "manager", day("2024-01-05")),
                new UnitAddedEvent(id, "u-301", new UnitLayout(3, "301", 2, m2("400"), new BigDecimal("5.5")),
                                   "wang.fang", day("2024-01-05")),
                new UnitAddedEvent(id, "u-302", new UnitLayout(3, "302", 1, m2("600"), null), "wang.fang",
                                   day("2024-01-05")),
                new UnitAddedEvent(id, "u-101", new UnitLayout(1, "101", 1, m2("1000"), null), "wang.fang",
                                   day("2024-01-05")),
                new UnitReservedEvent(id, "u-302", BANK_LEAD, day("2026-11-30"), "li.na", day("2026-11-01")),
                new UnitLetEvent(id, "u-302", new Tenant("伦敦银行", BANK_LEAD, "p-bank", null), day("2026-12-01"),
                                 new BigDecimal("6"), "wang.fang", day("2026-11-20")),
                new UnitReservedEvent(id, "u-301", OTHER_LEAD, day("2026-12-20"), "li.na", day("2026-12-01")),
                new UnitReservedEvent(id, "u-101", OTHER_LEAD, day("2026-12-01"), "li.na", day("2026-11-01")),
                new BuildingTaxRecordedEvent(id, 2025, null, new BigDecimal("12000"), TaxSource.IMPORTED,
                                             "manager", day("2026-01-20")),
                new BuildingTaxRecordedEvent(id, 2026, 1, new BigDecimal("3000"), TaxSource.ENTERED, "manager",
                                             day("2026-02-10")),
                new BuildingTaxRecordedEvent(id, 2026, 2, new BigDecimal("2000"), TaxSource.ENTERED, "manager",
                                             day("2026-03-10")));
    }

    public static List<BuildingEvent> beta() {
        return List.of(
                new BuildingRegisteredEvent(BETA, new BuildingProfile(
                        "Beta 园区", null, BuildingKind.PARK, TargetZone.MINGFU_OLD_CITY, "明府路 8 号", null, null,
                        m2("2500"), m2("2000"), 1, 0, Set.of()), "manager", day("2025-03-01")),
                new UnitAddedEvent(BETA, "u-1", new UnitLayout(1, "1", 1, m2("500"), null), "manager",
                                   day("2025-03-01")));
    }

    /** The building's events into the store as its aggregate records them (no aggregate needed). */
    public static void publish(EventStore store, List<BuildingEvent> events) {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            BuildingEvent event = events.get(sequence);
            store.publish(new GenericDomainEventMessage<>("Building", event.buildingId(), sequence, event));
        }
    }
}
