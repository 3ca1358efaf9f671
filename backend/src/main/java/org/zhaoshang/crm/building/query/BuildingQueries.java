package org.zhaoshang.crm.building.query;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.UnitAddedEvent;
import org.zhaoshang.crm.building.api.UnitChangedEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservationEndedEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.building.api.UnitVacatedEvent;
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
import org.zhaoshang.crm.building.api.rule.BuildingKeepers;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.building.kept.KeptBuilding;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.building.state.UnitState;
import org.zhaoshang.crm.building.state.YearTax;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.api.Violations;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The building library's questions. Staff, managers and leaders read it; ambassadors and administrators do not. A
 * reservation's lead and a tenant's lead and project are shown only to those who may see the lead.
 */
@Component
class BuildingQueries {

    static final String READING = "Reading the building library";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final Comparator<BuildingRow> BY_NAME = Comparator
            .comparing(BuildingRow::nameZh, Collator.getInstance(Locale.CHINA)).thenComparing(BuildingRow::buildingId);
    private static final Comparator<UnitState> BY_PLACE = Comparator
            .comparingInt((UnitState unit) -> unit.layout().position()).thenComparing(unit -> unit.layout().number())
            .thenComparing(UnitState::unitId);

    private final BuildingLibraryProjection projection;
    private final PeopleDirectory people;
    private final ProjectLeads leads;
    private final Clock clock;

    BuildingQueries(BuildingLibraryProjection projection, PeopleDirectory people, ProjectLeads leads, Clock clock) {
        this.projection = projection;
        this.people = people;
        this.leads = leads;
        this.clock = clock;
    }

    @QueryHandler
    BuildingList handle(FindBuildingsQuery query, MetaData metaData) {
        Caller caller = reader(metaData);
        new Violations().between("year", query.year(), FIRST_YEAR, LAST_YEAR)
                        .maxLength("text", query.text(), Violations.MAX_NAME_LENGTH).throwIfAny();
        LocalDate today = BureauTime.today(clock);
        int year = query.year() == null ? today.getYear() : query.year();
        String text = query.text() == null || query.text().isBlank() ? null
                                                                      : query.text().strip().toLowerCase(Locale.ROOT);
        Map<String, String> names = new HashMap<>();
        List<BuildingRow> rows = projection.buildings().stream()
                .map(building -> building.read((state, events) -> row(state, query, caller, text, year, today,
                                                                      names)))
                .filter(Objects::nonNull).sorted(BY_NAME).toList();
        return new BuildingList(year, rows);
    }

    @QueryHandler
    BuildingDetail handle(FindBuildingQuery query, MetaData metaData) {
        Caller caller = reader(metaData);
        KeptBuilding building = registered(query.buildingId());
        LocalDate today = BureauTime.today(clock);
        LeadLinks links = new LeadLinks(leads, caller);
        return building.read((state, events) -> {
            BuildingProfile profile = state.profile();
            boolean keeper = BuildingKeepers.keeps(caller, profile);
            List<BuildingDetail.TaxYear> taxYears = new ArrayList<>();
            for (YearTax tax : state.taxYears()) {
                taxYears.add(0, BuildingFigures.taxYear(tax, profile.commercialAreaM2()));
            }
            return new BuildingDetail(state.buildingId(), profile,
                                      profile.manager() == null ? null : people.nameOf(profile.manager()),
                                      BuildingFigures.vacancy(state, today), floors(state, today, links), taxYears,
                                      building.version(), keeper, keeper);
        });
    }

    @QueryHandler
    UnitHistory handle(FindUnitHistoryQuery query, MetaData metaData) {
        Caller caller = reader(metaData);
        KeptBuilding building = registered(query.buildingId());
        LeadLinks links = new LeadLinks(leads, caller);
        Map<String, String> names = new HashMap<>();
        List<Entry> entries = building.read((state, events) -> {
            if (state.unit(query.unitId()).isEmpty()) {
                throw new NotFoundException("No unit " + query.unitId() + " in building " + query.buildingId());
            }
            List<Entry> found = new ArrayList<>();
            for (BuildingEvent event : events) {
                Entry entry = entry(event, query.unitId(), links, names);
                if (entry != null) {
                    found.add(0, entry);
                }
            }
            return found;
        });
        return new UnitHistory(query.buildingId(), query.unitId(), entries);
    }

    private static Caller reader(MetaData metaData) {
        Caller caller = Caller.from(metaData);
        caller.require(READING, Role.STAFF, Role.MANAGER, Role.LEADER);
        return caller;
    }

    private KeptBuilding registered(String buildingId) {
        KeptBuilding building = buildingId == null ? null : projection.building(buildingId);
        if (building == null || !building.read((state, events) -> state.registered())) {
            throw new NotFoundException("No building " + buildingId);
        }
        return building;
    }

    /** The building's row, or null when the filters leave it out. */
    private BuildingRow row(BuildingState state, FindBuildingsQuery query, Caller caller, String text, int year,
                            LocalDate today, Map<String, String> names) {
        BuildingProfile profile = state.profile();
        if (profile == null || query.zone() != null && profile.zone() != query.zone()
            || query.mine() && !caller.id().equals(profile.manager())
            || text != null && !contains(profile.nameZh(), text) && !contains(profile.nameEn(), text)
               && !contains(profile.address(), text)) {
            return null;
        }
        YearTax tax = state.tax(year).orElse(null);
        TaxTier tier = tax == null ? TaxTier.NONE : tax.tier();
        if (query.tier() != null && !tier.atLeast(query.tier())) {
            return null;
        }
        return new BuildingRow(state.buildingId(), profile.nameZh(), profile.nameEn(), profile.kind(), profile.zone(),
                               profile.manager(), profile.manager() == null ? null
                                       : names.computeIfAbsent(profile.manager(), people::nameOf),
                               state.units().size(), BuildingFigures.vacancy(state, today),
                               tax == null ? null : tax.totalWan(), tier,
                               BuildingFigures.taxPerM2Yuan(tax == null ? null : tax.totalWan(),
                                                            profile.commercialAreaM2()));
    }

    private static boolean contains(String field, String text) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(text);
    }

    /** Every floor from the top down, those the profile counts and any a unit is on, units by place. */
    private static List<FloorPlan> floors(BuildingState state, LocalDate today, LeadLinks links) {
        TreeMap<Integer, List<UnitView>> floors = new TreeMap<>(Comparator.reverseOrder());
        BuildingProfile profile = state.profile();
        for (int floor = profile.floorsAbove(); floor >= -profile.floorsBelow(); floor--) {
            if (floor != 0) {
                floors.put(floor, new ArrayList<>());
            }
        }
        state.units().stream().sorted(BY_PLACE).forEach(unit -> floors.computeIfAbsent(
                unit.layout().floor(), floor -> new ArrayList<>()).add(view(unit, today, links)));
        return floors.entrySet().stream().map(floor -> new FloorPlan(floor.getKey(), floor.getValue())).toList();
    }

    private static UnitView view(UnitState unit, LocalDate today, LeadLinks links) {
        if (unit.status() == UnitStatus.LET) {
            return new UnitView(unit.unitId(), unit.layout(), UnitStatus.LET, null, null, null,
                                links.shown(unit.tenant()), unit.letFrom(), unit.rent());
        }
        if (unit.freeOn(today)) {
            return new UnitView(unit.unitId(), unit.layout(), UnitStatus.VACANT, null, null, null, null, null, null);
        }
        return new UnitView(unit.unitId(), unit.layout(), UnitStatus.RESERVED, links.shownLead(unit.reservedFor()),
                            links.shownName(unit.reservedFor()), unit.reservedUntil(), null, null, null);
    }

    /** The event as an entry of the unit's history, or null when it is not about the unit. */
    private Entry entry(BuildingEvent event, String unitId, LeadLinks links, Map<String, String> names) {
        if (!unitId.equals(unitOf(event))) {
            return null;
        }
        String byName = names.computeIfAbsent(event.by(), people::nameOf);
        if (event instanceof UnitAddedEvent added) {
            return new Entry(added.on(), added.by(), byName, Change.ADDED, null, added.layout(), null, null, null,
                             null);
        }
        if (event instanceof UnitChangedEvent changed) {
            return new Entry(changed.on(), changed.by(), byName, Change.CHANGED, null, changed.layout(), null, null,
                             null, null);
        }
        if (event instanceof UnitReservedEvent reserved) {
            return new Entry(reserved.on(), reserved.by(), byName, Change.RESERVED, reserved.until(), null,
                             links.shownLead(reserved.leadId()), links.shownName(reserved.leadId()), null, null);
        }
        if (event instanceof UnitReservationEndedEvent ended) {
            return new Entry(ended.on(), ended.by(), byName, Change.RESERVATION_ENDED, null, null,
                             links.shownLead(ended.leadId()), links.shownName(ended.leadId()), null, ended.reason());
        }
        if (event instanceof UnitLetEvent let) {
            return new Entry(let.on(), let.by(), byName, Change.LET, let.from(), null, null, null,
                             links.shown(let.tenant()), null);
        }
        if (event instanceof UnitVacatedEvent vacated) {
            return new Entry(vacated.on(), vacated.by(), byName, Change.VACATED, vacated.vacatedOn(), null, null, null,
                             links.shown(vacated.tenant()), null);
        }
        return null;
    }

    private static String unitOf(BuildingEvent event) {
        if (event instanceof UnitAddedEvent added) {
            return added.unitId();
        }
        if (event instanceof UnitChangedEvent changed) {
            return changed.unitId();
        }
        if (event instanceof UnitReservedEvent reserved) {
            return reserved.unitId();
        }
        if (event instanceof UnitReservationEndedEvent ended) {
            return ended.unitId();
        }
        if (event instanceof UnitLetEvent let) {
            return let.unitId();
        }
        return event instanceof UnitVacatedEvent vacated ? vacated.unitId() : null;
    }
}
