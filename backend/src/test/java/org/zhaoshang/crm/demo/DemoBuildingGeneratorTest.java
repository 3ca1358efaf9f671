package org.zhaoshang.crm.demo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.building.api.BuildingTaxRecordedEvent;
import org.zhaoshang.crm.building.api.UnitAddedEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.building.api.UnitVacatedEvent;
import org.zhaoshang.crm.building.api.command.AddUnitCommand;
import org.zhaoshang.crm.building.api.command.BuildingInput;
import org.zhaoshang.crm.building.api.command.LetUnitCommand;
import org.zhaoshang.crm.building.api.command.RecordBuildingTaxCommand;
import org.zhaoshang.crm.building.api.command.RegisterBuildingCommand;
import org.zhaoshang.crm.building.api.command.ReserveUnitCommand;
import org.zhaoshang.crm.building.api.command.VacateUnitCommand;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.building.state.UnitState;
import org.zhaoshang.crm.building.state.YearTax;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's buildings as their commands would leave them (each command valid, folded with {@link BuildingState} as
 * the events it asks for): about 60 buildings in every zone, 38 亿元楼 of which 3 月亿楼 in the running year and fewer
 * before, themed buildings, our landed leads as tenants, reservations for leads at INTENT, the bank's 3,000 m².
 */
class DemoBuildingGeneratorTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06", "2027-02-10", "2027-03-15"})
    void sixtyBuildingsWithThePlansTierCountsTenantsAndReservations(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoLeadGenerator leads = new DemoLeadGenerator(20_200_601L, today);
        List<DemoSignedLead> signed = new ArrayList<>();
        List<DemoOpenLead> open = new ArrayList<>();
        for (int number = 0; number < 300; number++) {
            List<DemoCommand> history = leads.lead(number);
            DemoSignedLead.of(number, history).ifPresent(signed::add);
            DemoOpenLead.of(number, history).ifPresent(open::add);
        }
        List<List<DemoCommand>> commands = new DemoBuildingGenerator(today).buildings(signed, open);
        commands.forEach(building -> building.forEach(command -> ((BuildingInput) command.command())
                .validate(new Violations(), today).throwIfAny()));
        // as the demo sends them: each building's own commands first, those naming a lead once the leads are there
        List<BuildingState> buildings = commands.stream().map(building -> fold(Stream.concat(
                building.stream().filter(command -> !DemoBuildingGenerator.namesLead(command.command())),
                building.stream().filter(command -> DemoBuildingGenerator.namesLead(command.command()))).toList(),
                                                                               today)).toList();
        System.out.printf("[DemoBuildingGeneratorTest] %s: %s%n", day, commands.stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(command -> command.command().getClass().getSimpleName(),
                                               Collectors.counting())));

        assertThat(buildings).hasSize(60).allSatisfy(building -> assertThat(building.units()).hasSizeBetween(20, 60));
        assertThat(buildings.stream().map(building -> building.profile().zone()).distinct()).hasSize(5);
        int year = today.getYear();
        assertThat(count(buildings, year, TaxTier.YI)).isEqualTo(38);
        assertThat(count(buildings, year, TaxTier.MONTHLY_YI)).isEqualTo(3);
        assertThat(count(buildings, year - 1, TaxTier.YI)).isEqualTo(33);
        assertThat(count(buildings, year - 1, TaxTier.MONTHLY_YI)).isEqualTo(2);
        assertThat(count(buildings, year - 2, TaxTier.YI)).isEqualTo(29);
        assertThat(count(buildings, year - 2, TaxTier.MONTHLY_YI)).isEqualTo(1);
        assertThat(count(buildings, year, TaxTier.NEAR_YI) - count(buildings, year, TaxTier.YI)).isGreaterThanOrEqualTo(5);
        assertThat(count(buildings, year, TaxTier.TEN_MILLION) - count(buildings, year, TaxTier.NEAR_YI))
                .isGreaterThanOrEqualTo(5);
        assertThat(buildings).allSatisfy(building -> assertThat(building.tax(year).orElseThrow().months().keySet())
                .isEqualTo(months(today)));

        assertThat(buildings).anySatisfy(building -> {
            assertThat(building.profile().nameZh()).contains("律师");
            assertThat(building.profile().themes()).containsExactly(Industry.PROFESSIONAL_SERVICES);
        }).anySatisfy(building -> {
            assertThat(building.profile().nameZh()).contains("会计师");
            assertThat(building.profile().themes()).containsExactly(Industry.PROFESSIONAL_SERVICES);
        });
        assertThat(buildings.stream().filter(building -> building.profile().themes()
                                                                 .contains(Industry.INDUSTRIAL_FINANCE))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(buildings.stream().filter(building -> DemoBuilding.BUILDING_MANAGER.equals(
                building.profile().manager()))).hasSizeGreaterThanOrEqualTo(3);

        List<UnitState> units = buildings.stream().flatMap(building -> building.units().stream()).toList();
        Map<String, Stage> openStages = open.stream().collect(Collectors.toMap(DemoOpenLead::leadId,
                                                                               DemoOpenLead::stage));
        assertThat(units.stream().filter(unit -> unit.status() == UnitStatus.RESERVED))
                .hasSizeBetween(2, 3).allMatch(unit -> openStages.get(unit.reservedFor()) == Stage.INTENT);
        assertThat(units.stream().filter(unit -> unit.status() == UnitStatus.LET && unit.tenant().ours()))
                .isNotEmpty().allMatch(unit -> unit.tenant().projectId() != null);
        assertThat(units.stream().filter(unit -> unit.status() == UnitStatus.VACANT)).hasSizeGreaterThan(100);
        List<LocalDate> froms = units.stream().filter(unit -> unit.status() == UnitStatus.LET)
                                     .map(UnitState::letFrom).sorted().toList();
        assertThat(froms.get(0)).isAfterOrEqualTo(today.minusYears(3)).isBefore(today.minusYears(2).minusMonths(6));
        assertThat(commands.stream().flatMap(List::stream).map(DemoCommand::command))
                .filteredOn(VacateUnitCommand.class::isInstance).hasSizeGreaterThanOrEqualTo(10);

        BuildingState finance = buildings.get(DemoBuilding.LONDON_SPACE_BUILDING);
        assertThat(finance.profile().themes()).contains(Industry.INDUSTRIAL_FINANCE);
        List<UnitState> bankSpace = finance.units().stream().filter(
                unit -> unit.layout().areaM2().compareTo(DemoBuildingGenerator.LONDON_UNIT_M2) == 0).toList();
        assertThat(bankSpace).hasSize(2).allMatch(unit -> unit.status() == UnitStatus.VACANT);
        assertThat(bankSpace.get(0).layout().floor()).isEqualTo(bankSpace.get(1).layout().floor());
        assertThat(Math.abs(bankSpace.get(0).layout().position() - bankSpace.get(1).layout().position())).isOne();
    }

    private static Set<Integer> months(LocalDate today) {
        return java.util.stream.IntStream.rangeClosed(1, today.getMonthValue() == 2 ? 2 : today.getMonthValue() - 1).boxed()
                                         .collect(Collectors.toSet());
    }

    private static long count(Collection<BuildingState> buildings, int year, TaxTier atLeast) {
        return buildings.stream().map(building -> building.tax(year).map(YearTax::tier).orElse(TaxTier.NONE))
                        .filter(tier -> tier.atLeast(atLeast)).count();
    }

    /** The events each command asks for, as the aggregate records them when it accepts it. */
    private static BuildingState fold(List<DemoCommand> commands, LocalDate today) {
        BuildingState state = new BuildingState();
        Function<BuildingEvent, BuildingState> apply = state::apply;
        for (DemoCommand given : commands) {
            Object command = given.command();
            if (command instanceof RegisterBuildingCommand register) {
                apply.apply(new BuildingRegisteredEvent(register.buildingId(), register.profile(), "manager", today));
            } else if (command instanceof AddUnitCommand add) {
                apply.apply(new UnitAddedEvent(add.buildingId(), add.unitId(), add.layout(), "manager", today));
            } else if (command instanceof LetUnitCommand let) {
                List<String> unitIds = new ArrayList<>(List.of(let.unitId()));
                unitIds.addAll(let.withUnits());
                unitIds.forEach(unitId -> {
                    UnitState unit = state.unit(unitId).orElseThrow();
                    assertThat(unit.freeOn(today)).as("unit %s is free to let", unitId).isTrue();
                    apply.apply(new UnitLetEvent(let.buildingId(), unitId, let.tenant(), let.from(), null, "manager",
                                                 today));
                });
            } else if (command instanceof VacateUnitCommand vacate) {
                UnitState unit = state.unit(vacate.unitId()).orElseThrow();
                assertThat(unit.status()).isEqualTo(UnitStatus.LET);
                assertThat(vacate.vacatedOn()).isAfter(unit.letFrom());
                apply.apply(new UnitVacatedEvent(vacate.buildingId(), vacate.unitId(), unit.tenant(),
                                                 vacate.vacatedOn(), "manager", today));
            } else if (command instanceof ReserveUnitCommand reserve) {
                assertThat(state.unit(reserve.unitId()).orElseThrow().status()).isEqualTo(UnitStatus.VACANT);
                apply.apply(new UnitReservedEvent(reserve.buildingId(), reserve.unitId(), reserve.leadId(),
                                                  reserve.lastDay(today), "manager", today));
            } else if (command instanceof RecordBuildingTaxCommand tax) {
                apply.apply(new BuildingTaxRecordedEvent(tax.buildingId(), tax.year(), tax.month(), tax.amountWan(),
                                                         tax.source(), "manager", today));
            } else {
                throw new AssertionError("unexpected " + command);
            }
        }
        assertThat(state.profile().commercialAreaM2()).isEqualByComparingTo(state.units().stream().map(
                unit -> unit.layout().areaM2()).reduce(BigDecimal.ZERO, BigDecimal::add));
        return state;
    }
}
