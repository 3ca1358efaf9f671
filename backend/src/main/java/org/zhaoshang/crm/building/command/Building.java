package org.zhaoshang.crm.building.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.BuildingProfileChangedEvent;
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.building.api.BuildingTaxRecordedEvent;
import org.zhaoshang.crm.building.api.UnitAddedEvent;
import org.zhaoshang.crm.building.api.UnitChangedEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservationEndedEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.building.api.UnitVacatedEvent;
import org.zhaoshang.crm.building.api.command.AddUnitCommand;
import org.zhaoshang.crm.building.api.command.BuildingInput;
import org.zhaoshang.crm.building.api.command.ChangeBuildingProfileCommand;
import org.zhaoshang.crm.building.api.command.ChangeUnitCommand;
import org.zhaoshang.crm.building.api.command.LetUnitCommand;
import org.zhaoshang.crm.building.api.command.RecordBuildingTaxCommand;
import org.zhaoshang.crm.building.api.command.RegisterBuildingCommand;
import org.zhaoshang.crm.building.api.command.ReleaseReservationCommand;
import org.zhaoshang.crm.building.api.command.ReserveUnitCommand;
import org.zhaoshang.crm.building.api.command.VacateUnitCommand;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.ReservationEnd;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.building.state.UnitState;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A building or park of the library (楼宇库) with its floors and units: units reserved (预留) for leads, let (已租) to
 * tenants and vacated, and the tax its tenants pay. Decides against {@link BuildingState}, the one fold of a
 * building's events, changed only as its events are applied. Who may is {@link BuildingAccess}; the input each command
 * checks itself.
 */
@Aggregate(cache = "buildingCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Building {

    @AggregateIdentifier
    private String buildingId;
    private final BuildingState state = new BuildingState();

    protected Building() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterBuildingCommand command, PeopleDirectory people, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        BuildingAccess.requireManager(caller, "Registering a building");
        if (buildingId != null) {
            return; // registered before: a retry of the same command
        }
        LocalDate today = checkInput(command, clock);
        Violations violations = new Violations();
        knownManager(violations, command.profile(), people).throwIfAny();
        apply(new BuildingRegisteredEvent(command.buildingId(), command.profile(), caller.id(), today));
    }

    @CommandHandler
    public void handle(ChangeBuildingProfileCommand command, PeopleDirectory people, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        BuildingProfile before = state.profile();
        BuildingAccess.requireKeeping(caller, before, "Changing a building's profile");
        LocalDate today = checkInput(command, clock);
        BuildingProfile after = command.profile();
        BuildingAccess.requireProfileChange(caller, before, after);
        if (after.equals(before)) {
            return;
        }
        Violations violations = new Violations();
        if (!Objects.equals(before.manager(), after.manager())) {
            knownManager(violations, after, people);
        }
        for (UnitState unit : state.units()) {
            int floor = unit.layout().floor();
            violations.check(floor <= after.floorsAbove(), "floorsAbove", "units-above",
                             "unit " + unit.layout().number() + " is on floor " + floor + ": move it first")
                      .check(floor >= -after.floorsBelow(), "floorsBelow", "units-below",
                             "unit " + unit.layout().number() + " is on floor " + floor + ": move it first");
        }
        violations.throwIfAny();
        apply(new BuildingProfileChangedEvent(buildingId, after, caller.id(), today));
    }

    @CommandHandler
    public void handle(AddUnitCommand command, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        BuildingAccess.requireKeeping(caller, state.profile(), "Adding a unit");
        LocalDate today = checkInput(command, clock);
        Optional<UnitState> known = state.unit(command.unitId());
        if (known.isPresent() && known.get().layout().equals(command.layout())) {
            return; // added before: a retry of the same command
        }
        Violations violations = new Violations().check(known.isEmpty(), "unitId", "unique",
                                                       "is taken by another unit of this building");
        placeFree(violations, command.unitId(), command.layout()).throwIfAny();
        apply(new UnitAddedEvent(buildingId, command.unitId(), command.layout(), caller.id(), today));
    }

    @CommandHandler
    public void handle(ChangeUnitCommand command, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        BuildingAccess.requireKeeping(caller, state.profile(), "Changing a unit");
        LocalDate today = checkInput(command, clock);
        UnitState unit = existingUnit(command.unitId());
        if (unit.layout().equals(command.layout())) {
            return;
        }
        placeFree(new Violations(), command.unitId(), command.layout()).throwIfAny();
        apply(new UnitChangedEvent(buildingId, command.unitId(), command.layout(), caller.id(), today));
    }

    @CommandHandler
    public void handle(ReserveUnitCommand command, ProjectLeads leads, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        BuildingAccess.requireLeadRole(caller, "Reserving units");
        LocalDate today = checkInput(command, clock);
        LeadState lead = leads.now(command.leadId());
        BuildingAccess.requireReserving(caller, state.profile(), lead, "Reserving units");
        Violations violations = new Violations();
        boolean known = BuildingAccess.sees(caller, lead);
        violations.check(known, "leadId", "unknown-lead", "no lead with this id");
        if (known) {
            violations.check(lead.status() != LeadStatus.LOST, "leadId", "lost",
                             "the lead is lost: reopen it before reserving units for it")
                      .check(lead.stage().compareTo(Stage.INTENT) >= 0, "leadId", "stage",
                             "units are reserved for a lead at INTENT or later; the lead is at " + lead.stage());
        }
        List<UnitState> units = taken(violations, command.unitId(), command.withUnits());
        for (UnitState unit : units) {
            boolean renewal = unit.status() == UnitStatus.RESERVED && command.leadId().equals(unit.reservedFor());
            violations.check(unit.status() != UnitStatus.LET, field(unit, command.unitId(), command.withUnits()),
                             "let", "unit " + unit.layout().number() + " is let")
                      .check(unit.status() != UnitStatus.RESERVED || renewal || unit.freeOn(today),
                             field(unit, command.unitId(), command.withUnits()), "reserved",
                             "unit " + unit.layout().number() + " is reserved for another lead until "
                             + unit.reservedUntil());
        }
        violations.throwIfAny();
        LocalDate until = command.lastDay(today);
        for (UnitState unit : units) {
            endLapsed(unit, today, caller);
            if (!(unit.status() == UnitStatus.RESERVED && command.leadId().equals(unit.reservedFor())
                  && until.equals(unit.reservedUntil()))) {
                apply(new UnitReservedEvent(buildingId, unit.unitId(), command.leadId(), until, caller.id(), today));
            }
        }
    }

    /**
     * People release a reservation (RELEASED); the application ends one whose lead was lost (LEAD_LOST) or whose day
     * passed (EXPIRED), and passes over one that is no longer so (ended before, renewed, the lead reopened): it may
     * ask twice, or replay what it asked long ago.
     */
    @CommandHandler
    public void handle(ReleaseReservationCommand command, ProjectLeads leads, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (!caller.system()) {
            BuildingAccess.requireLeadRole(caller, "Releasing a reservation");
        }
        LocalDate today = checkInput(command, clock);
        UnitState unit = existingUnit(command.unitId());
        boolean reservedForTheLead = unit.status() == UnitStatus.RESERVED
                                     && command.leadId().equals(unit.reservedFor());
        if (caller.system()) {
            new Violations().check(command.reason() != ReservationEnd.RELEASED, "reason", "people-only",
                                   "a person releases a reservation; the application ends one when its lead is "
                                   + "lost (LEAD_LOST) or its day passed (EXPIRED)")
                            .throwIfAny();
            boolean stillSo = command.reason() == ReservationEnd.EXPIRED
                              ? unit.reservedUntil() != null && unit.reservedUntil().isBefore(today)
                              : leads.now(command.leadId()).status() == LeadStatus.LOST;
            if (reservedForTheLead && stillSo) {
                apply(new UnitReservationEndedEvent(buildingId, unit.unitId(), command.leadId(), command.reason(),
                                                    caller.id(), today));
            }
            return;
        }
        BuildingAccess.requireReserving(caller, state.profile(), leads.now(command.leadId()),
                                        "Releasing a reservation");
        new Violations().check(command.reason() == ReservationEnd.RELEASED, "reason", "application-only",
                               "people release a reservation (RELEASED); the application ends it when the lead is "
                               + "lost or its day passed")
                        .check(reservedForTheLead, "leadId", "not-reserved",
                               "unit " + unit.layout().number() + " is not reserved for this lead (it is "
                               + unit.status() + ")")
                        .throwIfAny();
        apply(new UnitReservationEndedEvent(buildingId, unit.unitId(), command.leadId(), ReservationEnd.RELEASED,
                                            caller.id(), today));
    }

    @CommandHandler
    public void handle(LetUnitCommand command, ProjectLeads leads, SignedProjects projects, Clock clock,
                       MetaData metaData) {
        Caller caller = Caller.from(metaData);
        BuildingAccess.requireLeadRole(caller, "Letting units");
        LocalDate today = checkInput(command, clock);
        Tenant tenant = command.tenant();
        List<UnitState> units = new ArrayList<>();
        Violations violations = new Violations();
        units.addAll(taken(violations, command.unitId(), command.withUnits()));
        LeadState lead = tenant.ours() ? leads.now(tenant.leadId()) : LeadState.NONE;
        boolean allReservedForTheLead = tenant.ours() && units.stream().allMatch(
                unit -> unit.status() == UnitStatus.RESERVED && tenant.leadId().equals(unit.reservedFor()));
        BuildingAccess.requireLetting(caller, state.profile(), lead, allReservedForTheLead);
        if (tenant.ours()) {
            violations.check(BuildingAccess.sees(caller, lead), "tenant.leadId", "unknown-lead",
                             "no lead with this id");
        }
        if (tenant.projectId() != null) {
            violations.check(projects.leadOf(tenant.projectId()).filter(tenant.leadId()::equals).isPresent(),
                             "tenant.projectId", "unknown-project", "is not a signed project of the tenant's lead");
        }
        for (UnitState unit : units) {
            String field = field(unit, command.unitId(), command.withUnits());
            violations.check(unit.status() != UnitStatus.LET, field, "let",
                             "unit " + unit.layout().number() + " is let to "
                             + (unit.tenant() == null ? "a tenant" : unit.tenant().companyName()) + " since "
                             + unit.letFrom() + ": vacate it first")
                      .check(unit.status() != UnitStatus.RESERVED || unit.freeOn(today)
                             || Objects.equals(unit.reservedFor(), tenant.leadId()), field, "reserved",
                             "unit " + unit.layout().number() + " is reserved for another lead until "
                             + unit.reservedUntil());
        }
        violations.throwIfAny();
        for (UnitState unit : units) {
            if (!Objects.equals(unit.reservedFor(), tenant.leadId())) {
                endLapsed(unit, today, caller);
            }
            apply(new UnitLetEvent(buildingId, unit.unitId(), tenant, command.from(), command.rentYuanPerM2Day(),
                                   caller.id(), today));
        }
    }

    @CommandHandler
    public void handle(VacateUnitCommand command, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        BuildingAccess.requireKeeping(caller, state.profile(), "Vacating a unit");
        LocalDate today = checkInput(command, clock);
        UnitState unit = existingUnit(command.unitId());
        new Violations().check(unit.status() == UnitStatus.LET, "unitId", "not-let",
                               "unit " + unit.layout().number() + " is not let (it is " + unit.status() + ")")
                        .check(unit.letFrom() == null || !command.vacatedOn().isBefore(unit.letFrom()), "vacatedOn",
                               "before-let", "must not be before the tenant moved in (" + unit.letFrom() + ")")
                        .throwIfAny();
        apply(new UnitVacatedEvent(buildingId, unit.unitId(), unit.tenant(), command.vacatedOn(), caller.id(),
                                   today));
    }

    @CommandHandler
    public void handle(RecordBuildingTaxCommand command, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        BuildingAccess.requireManager(caller, "Recording a building's tax");
        LocalDate today = checkInput(command, clock);
        BigDecimal known = state.tax(command.year())
                                .map(year -> command.month() == null ? year.enteredYearWan()
                                                                     : year.months().get(command.month()))
                                .orElse(null);
        if (known != null && known.compareTo(command.amountWan()) == 0) {
            return; // recorded so already (a sheet imported again)
        }
        apply(new BuildingTaxRecordedEvent(buildingId, command.year(), command.month(), command.amountWan(),
                                           command.source(), caller.id(), today));
    }

    /** The unit and those taken with it; an unknown unit of the path is not found, one taken with it is invalid. */
    private List<UnitState> taken(Violations violations, String unitId, List<String> withUnits) {
        List<UnitState> units = new ArrayList<>(List.of(existingUnit(unitId)));
        for (int i = 0; i < withUnits.size(); i++) {
            Optional<UnitState> unit = state.unit(withUnits.get(i));
            violations.check(unit.isPresent(), "withUnits[" + i + "]", "unknown-unit",
                             "no unit with this id in this building");
            unit.ifPresent(units::add);
        }
        if (units.size() > 1) {
            long floors = units.stream().map(unit -> unit.layout().floor()).distinct().count();
            int first = units.stream().mapToInt(unit -> unit.layout().position()).min().orElseThrow();
            int last = units.stream().mapToInt(unit -> unit.layout().position()).max().orElseThrow();
            // positions are unique on a floor, so n units on one floor span n places exactly when they are adjacent
            violations.check(floors == 1 && last - first == units.size() - 1, "withUnits", "adjacent",
                             "units taken together are on one floor, side by side (consecutive positions)");
        }
        return units;
    }

    private static String field(UnitState unit, String unitId, List<String> withUnits) {
        return unit.unitId().equals(unitId) ? "unitId" : "withUnits[" + withUnits.indexOf(unit.unitId()) + "]";
    }

    /** A reservation whose day passed ends (EXPIRED) before the unit is reserved or let anew. */
    private void endLapsed(UnitState unit, LocalDate today, Caller caller) {
        if (unit.status() == UnitStatus.RESERVED && unit.freeOn(today)) {
            apply(new UnitReservationEndedEvent(buildingId, unit.unitId(), unit.reservedFor(), ReservationEnd.EXPIRED,
                                                caller.id(), today));
        }
    }

    /** On a floor the building has, its number and its place not another unit's. */
    private Violations placeFree(Violations violations, String unitId, UnitLayout layout) {
        BuildingProfile profile = state.profile();
        violations.check(layout.floor() <= profile.floorsAbove() && layout.floor() >= -profile.floorsBelow(),
                         "floor", "no-such-floor", "the building has floors -" + profile.floorsBelow() + " to "
                                                   + profile.floorsAbove());
        for (UnitState other : state.units()) {
            if (other.unitId().equals(unitId) || other.layout().floor() != layout.floor()) {
                continue;
            }
            violations.check(!other.layout().number().strip().equalsIgnoreCase(layout.number().strip()), "number",
                             "unique", "unit " + other.layout().number() + " is on this floor already")
                      .check(other.layout().position() != layout.position(), "position", "unique",
                             "unit " + other.layout().number() + " is at this place of the floor");
        }
        return violations;
    }

    private UnitState existingUnit(String unitId) {
        return state.unit(unitId).orElseThrow(() -> new NotFoundException("No unit " + unitId + " in this building"));
    }

    /** The building manager named is an enabled user of the bureau (STAFF or MANAGER). */
    private static Violations knownManager(Violations violations, BuildingProfile profile, PeopleDirectory people) {
        if (profile.manager() != null) {
            violations.check(people.enabledUser(profile.manager())
                                   .filter(user -> user.has(Role.STAFF) || user.has(Role.MANAGER)).isPresent(),
                             "manager", "not-staff", "must be an enabled user with the role STAFF or MANAGER");
        }
        return violations;
    }

    private static LocalDate checkInput(BuildingInput command, Clock clock) {
        LocalDate today = BureauTime.today(clock);
        command.validate(new Violations(), today).throwIfAny();
        return today;
    }

    @EventSourcingHandler
    void on(BuildingEvent event) {
        buildingId = event.buildingId();
        state.apply(event);
    }
}
