package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.building.api.command.AddUnitCommand;
import org.zhaoshang.crm.building.api.command.LetUnitCommand;
import org.zhaoshang.crm.building.api.command.RecordBuildingTaxCommand;
import org.zhaoshang.crm.building.api.command.RegisterBuildingCommand;
import org.zhaoshang.crm.building.api.command.ReserveUnitCommand;
import org.zhaoshang.crm.building.api.command.VacateUnitCommand;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.project.lead.ProjectLeads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The commands of the demo's buildings ({@link DemoBuilding#ALL}), each building's in order, given by the demo manager:
 * registration, units floor by floor, lets from days over the last three years (a few tenants moved out, some of
 * those units let again), the signed leads that landed or operate as tenants with their lead and project, three
 * reservations for leads at INTENT, and tax: the year before last and last year as year figures, the running year by
 * month up to last month, so that the running year counts {@value DemoBuilding#YI_BUILDINGS} 亿元楼 of which
 * {@value DemoBuilding#MONTHLY_YI_BUILDINGS} 月亿楼. Made from a seed: the same every time for the same day.
 */
final class DemoBuildingGenerator {

    static final String MANAGER = "manager";
    static final BigDecimal LONDON_UNIT_M2 = new BigDecimal("1500");
    private static final long SEED = 20_261_207L;
    private static final int YEARS_OF_LETS_DAYS = 3 * 365;
    private static final int RESERVATIONS = 3;
    private static final BigDecimal WAN_10K = new BigDecimal("10000");
    private static final String[] STEMS = {"鲁信", "齐泰", "华融", "泰和", "恒丰", "瑞康", "宏达", "嘉禾", "鼎盛", "联创",
                                           "海岱", "济通", "润泽", "博远", "中联", "安泰", "广汇", "正元", "天衡", "信诚"};
    private static final String[] TRADES = {"科技有限公司", "商贸有限公司", "信息技术有限公司", "咨询有限公司",
                                            "文化传媒有限公司", "供应链管理有限公司", "健康管理有限公司", "建设集团有限公司"};
    private static final String[] FINANCE = {"银行济南分行", "证券济南营业部", "保险山东分公司", "基金管理有限公司",
                                             "融资租赁有限公司", "资产管理有限公司", "期货山东分公司"};

    private final LocalDate today;
    /**
     * Months of the running year with tax: January up to last month, but two in February (this month too: a single
     * month of 亿元 would make every 亿元楼 a 月亿楼); January alone in January, when the running year cannot count
     * 亿元楼 apart from 月亿楼.
     */
    private final int months;

    DemoBuildingGenerator(LocalDate today) {
        this.today = today;
        this.months = Math.min(today.getMonthValue(), Math.max(2, today.getMonthValue() - 1));
    }

    /**
     * @param signed the signed leads: those LANDED or OPERATING in an office become tenants
     * @param open   the open leads: three at INTENT get a reservation
     */
    List<List<DemoCommand>> buildings(List<DemoSignedLead> signed, List<DemoOpenLead> open) {
        Map<Integer, List<DemoSignedLead>> tenantsByBuilding = ourTenants(signed);
        List<DemoOpenLead> reserving = open.stream().filter(lead -> lead.stage() == Stage.INTENT)
                                           .sorted(Comparator.comparingInt(DemoOpenLead::number))
                                           .limit(RESERVATIONS).toList();
        List<List<DemoCommand>> buildings = new ArrayList<>();
        for (DemoBuilding building : DemoBuilding.ALL) {
            int reservationIndex = building.number() % 20 == 11 ? (building.number() - 11) / 20 : -1;
            DemoOpenLead reservation = reservationIndex >= 0 && reservationIndex < reserving.size()
                                       ? reserving.get(reservationIndex) : null;
            buildings.add(new OneBuilding(building, tenantsByBuilding.getOrDefault(building.number(), List.of()),
                                          reservation).commands());
        }
        return buildings;
    }

    /** A let to one of our leads, or a reservation for one: given once the leads and their projects are there. */
    static boolean namesLead(Object command) {
        return command instanceof ReserveUnitCommand
               || command instanceof LetUnitCommand let && let.tenant().ours();
    }

    /** Each office lead that landed or operates, in a building of its zone (two at most in one), by lead number. */
    private static Map<Integer, List<DemoSignedLead>> ourTenants(List<DemoSignedLead> signed) {
        Map<Integer, List<DemoSignedLead>> byBuilding = new HashMap<>();
        Map<TargetZone, Integer> turn = new HashMap<>();
        signed.stream().filter(lead -> lead.stage().compareTo(Stage.LANDED) >= 0 && !lead.land()
                                       && lead.company() != null)
              .sorted(Comparator.comparingInt(DemoSignedLead::number)).forEach(lead -> {
                  TargetZone zone = lead.zone() == null ? TargetZone.OTHER : lead.zone();
                  List<DemoBuilding> inZone = DemoBuilding.ALL.stream()
                                                              .filter(building -> building.zone() == zone).toList();
                  for (int tried = 0; tried < inZone.size(); tried++) {
                      int next = turn.merge(zone, 1, Integer::sum) - 1;
                      DemoBuilding building = inZone.get(next % inZone.size());
                      List<DemoSignedLead> there = byBuilding.computeIfAbsent(building.number(),
                                                                              any -> new ArrayList<>());
                      if (there.size() < 2 && building.number() != DemoBuilding.LONDON_SPACE_BUILDING) {
                          there.add(lead);
                          return;
                      }
                  }
              });
        return byBuilding;
    }

    /** One building's commands. */
    private final class OneBuilding {

        private final DemoBuilding building;
        private final List<DemoSignedLead> ours;
        private final DemoOpenLead reservation;
        private final Random random;
        private final String buildingId;
        private final List<DemoCommand> commands = new ArrayList<>();

        OneBuilding(DemoBuilding building, List<DemoSignedLead> ours, DemoOpenLead reservation) {
            this.building = building;
            this.ours = ours;
            this.reservation = reservation;
            // mixed: Randoms of neighbouring seeds begin alike, and every building would have 20 units
            this.random = new Random(new SplittableRandom(SEED * 1_000_003L + building.number()).nextLong());
            this.buildingId = building.buildingId();
        }

        List<DemoCommand> commands() {
            boolean park = building.kind() == BuildingKind.PARK;
            int unitCount = 20 + (int) (41 * Math.pow(random.nextDouble(), 3));
            int perFloor = park ? 4 + random.nextInt(3) : 2 + random.nextInt(5);
            int firstFloor = park ? 1 : 2;
            int floorsWithUnits = (unitCount + perFloor - 1) / perFloor;
            int floorsAbove = Math.max(firstFloor + floorsWithUnits - 1 + random.nextInt(4), park ? 3 : 8);
            List<Unit> units = new ArrayList<>();
            for (int index = 0; index < unitCount; index++) {
                int floor = firstFloor + index / perFloor;
                int position = index % perFloor + 1;
                boolean london = building.number() == DemoBuilding.LONDON_SPACE_BUILDING
                                 && floor == firstFloor && position <= 2;
                BigDecimal area = london ? LONDON_UNIT_M2 : BigDecimal.valueOf(
                        (building.themes().contains(Industry.INDUSTRIAL_FINANCE) ? 150 : 80)
                        + 10L * random.nextInt(building.themes().contains(Industry.INDUSTRIAL_FINANCE) ? 120 : 90));
                String unitId = UUID.nameUUIDFromBytes(("demo-unit-" + building.number() + "-" + index)
                                                               .getBytes(StandardCharsets.UTF_8)).toString();
                units.add(new Unit(unitId, new UnitLayout(floor, String.format("%d%02d", floor, position), position,
                                                          area, rent()), london));
            }
            BigDecimal commercial = units.stream().map(unit -> unit.layout().areaM2())
                                         .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal total = commercial.multiply(new BigDecimal("1.25")).setScale(0, RoundingMode.HALF_UP);
            commands.add(new DemoCommand(new RegisterBuildingCommand(buildingId, new BuildingProfile(
                    building.nameZh(), building.nameEn(), building.kind(), building.zone(), address(),
                    operator(), building.manager(), total, commercial, floorsAbove, park ? 0 : 1 + random.nextInt(3),
                    building.themes())), MANAGER));
            units.forEach(unit -> commands.add(new DemoCommand(new AddUnitCommand(buildingId, unit.unitId(),
                                                                                 unit.layout(), null), MANAGER)));
            let(units);
            tax();
            return commands;
        }

        /** Most units let (ours first, the reservation kept vacant, the bank's space never), a few moved out. */
        private void let(List<Unit> units) {
            double occupancy = 0.55 + 0.4 * random.nextDouble();
            List<DemoSignedLead> tenantsToPlace = new ArrayList<>(ours);
            boolean reserved = false;
            for (int index = 0; index < units.size(); index++) {
                Unit unit = units.get(index);
                if (unit.keptVacant()) {
                    continue;
                }
                if (!tenantsToPlace.isEmpty()) {
                    DemoSignedLead lead = tenantsToPlace.remove(0);
                    letTo(unit, List.of(), ours(lead), movedIn(lead));
                    continue;
                }
                if (reservation != null && !reserved && random.nextInt(4) == 0) {
                    reserved = true;
                    commands.add(new DemoCommand(new ReserveUnitCommand(buildingId, unit.unitId(), List.of(),
                                                                        reservation.leadId(), null, null), MANAGER));
                    continue;
                }
                if (random.nextDouble() >= occupancy) {
                    continue;
                }
                List<String> together = new ArrayList<>();
                while (index + 1 < units.size() && random.nextInt(2) == 0 && !units.get(index + 1).keptVacant()
                       && units.get(index + 1).layout().floor() == unit.layout().floor() && together.size() < 2) {
                    Unit next = units.get(++index);
                    next.take();
                    together.add(next.unitId());
                }
                if (random.nextInt(16) == 0) {
                    movedOut(unit, together);
                } else {
                    letTo(unit, together, other(), today.minusDays(random.nextInt(YEARS_OF_LETS_DAYS)));
                }
            }
            if (reservation != null && !reserved) {
                units.stream().filter(unit -> !unit.keptVacant() && !unit.taken()).findFirst().ifPresent(
                        unit -> commands.add(new DemoCommand(new ReserveUnitCommand(
                                buildingId, unit.unitId(), List.of(), reservation.leadId(), null, null), MANAGER)));
            }
        }

        /** A tenant who moved out after a while; some units found a new tenant since. */
        private void movedOut(Unit unit, List<String> together) {
            LocalDate from = today.minusDays(400 + random.nextInt(YEARS_OF_LETS_DAYS - 400));
            LocalDate out = from.plusDays(120 + random.nextInt((int) (today.toEpochDay() - from.toEpochDay()) - 150));
            letTo(unit, together, other(), from);
            commands.add(new DemoCommand(new VacateUnitCommand(buildingId, unit.unitId(), out, null), MANAGER));
            for (String unitId : together) {
                commands.add(new DemoCommand(new VacateUnitCommand(buildingId, unitId, out, null), MANAGER));
            }
            if (random.nextInt(3) == 0) {
                LocalDate again = out.plusDays(20 + random.nextInt(20));
                if (!again.isAfter(today)) {
                    letTo(unit, together, other(), again);
                }
            }
        }

        private void letTo(Unit unit, List<String> together, Tenant tenant, LocalDate from) {
            unit.take();
            commands.add(new DemoCommand(new LetUnitCommand(buildingId, unit.unitId(), together, tenant, from, null,
                                                            null), MANAGER));
        }

        private Tenant ours(DemoSignedLead lead) {
            return new Tenant(Company.shownName(lead.company()), lead.leadId(),
                              ProjectLeads.firstProjectId(lead.leadId(), lead.signedOn(), lead.reference()),
                              lead.company().industry());
        }

        /** The day it registered (or began operating), else a month after signing; never after today. */
        private LocalDate movedIn(DemoSignedLead lead) {
            LocalDate day = lead.registeredOn() != null ? lead.registeredOn()
                            : lead.operatingOn() != null ? lead.operatingOn() : lead.signedOn().plusDays(30);
            return day.isAfter(today) ? today : day;
        }

        /** Another company, by name: law and accounting firms in the themed buildings, financial ones in the towers. */
        private Tenant other() {
            String stem = STEMS[random.nextInt(STEMS.length)];
            if (building.number() == DemoBuilding.LAW_BUILDING) {
                return new Tenant("山东" + stem + "律师事务所", null, null, Industry.PROFESSIONAL_SERVICES);
            }
            if (building.number() == DemoBuilding.ACCOUNTING_BUILDING) {
                return new Tenant(stem + "会计师事务所（特殊普通合伙）山东分所", null, null,
                                  Industry.PROFESSIONAL_SERVICES);
            }
            if (building.themes().contains(Industry.INDUSTRIAL_FINANCE) && random.nextInt(3) > 0) {
                return new Tenant(stem + FINANCE[random.nextInt(FINANCE.length)], null, null,
                                  Industry.INDUSTRIAL_FINANCE);
            }
            return new Tenant("济南" + stem + TRADES[random.nextInt(TRADES.length)], null, null, null);
        }

        /** The year before last and last year as year figures, the running year by month. */
        private void tax() {
            int year = today.getYear();
            BigDecimal running = runningYearWan();
            BigDecimal fullYear = running.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(months), 0,
                                                                                  RoundingMode.HALF_UP);
            for (int back = 2; back >= 1; back--) {
                BigDecimal earlier = earlierYearWan(back, fullYear);
                commands.add(tax(year - back, null, earlier));
                if (building.tier() == TaxTier.MONTHLY_YI && building.number() < 3 - back) {
                    commands.add(tax(year - back, 12, WAN_10K.add(BigDecimal.valueOf(200L * building.number()))));
                }
            }
            List<BigDecimal> byMonth = spread(running);
            for (int month = 1; month <= months; month++) {
                commands.add(tax(year, month, byMonth.get(month - 1)));
            }
        }

        /** The running year's tax so far, 万元, well inside its tier (or near the next, for the watched). */
        private BigDecimal runningYearWan() {
            long wan = switch (building.tier()) {
                case MONTHLY_YI, YI -> Math.min(11_000 + random.nextInt(30_000), 8_000L * months);
                case NEAR_YI -> building.watched() ? 8_600 + 300L * (building.number() - 38)
                                                   : 5_200 + random.nextInt(2_400);
                case TEN_MILLION -> building.watched() ? 4_200 + 300L * (building.number() - 46)
                                                       : 1_200 + random.nextInt(2_400);
                case NONE -> building.watched() ? 880 : 150 + random.nextInt(550);
            };
            return BigDecimal.valueOf(building.tier().atLeast(TaxTier.YI) ? Math.max(wan, 10_500) : wan);
        }

        /**
         * A year before: the tier of the running year's pace, but fewer 亿元楼 (33 last year, 29 the year before;
         * the others 准亿元楼 then).
         */
        private BigDecimal earlierYearWan(int back, BigDecimal fullYear) {
            double growth = back == 1 ? 0.9 : 0.8;
            long wan = fullYear.multiply(BigDecimal.valueOf(growth)).longValue();
            int lastYiNumber = back == 1 ? 32 : 28;
            if (building.tier().atLeast(TaxTier.YI)) {
                return BigDecimal.valueOf(building.number() <= lastYiNumber ? Math.max(wan, 10_200)
                                                                            : 6_000 + 400L * (back + building.number() % 5));
            }
            long[] band = switch (building.tier()) {
                case NEAR_YI -> new long[] {5_100, 9_800};
                case TEN_MILLION -> new long[] {1_050, 4_900};
                default -> new long[] {50, 950};
            };
            return BigDecimal.valueOf(Math.max(band[0], Math.min(band[1], wan)));
        }

        /** The running year's months, summing to the figure, each under 1 亿元 but the 月亿楼's peak month. */
        private List<BigDecimal> spread(BigDecimal running) {
            List<BigDecimal> byMonth = new ArrayList<>();
            long total = running.longValue();
            if (building.tier() == TaxTier.MONTHLY_YI) {
                int peak = 1 + building.number() % months;
                for (int month = 1; month <= months; month++) {
                    byMonth.add(BigDecimal.valueOf(month == peak ? 10_500 + 400L * building.number()
                                                                 : 2_000 + random.nextInt(4_000)));
                }
                return byMonth;
            }
            double[] weights = new double[months];
            double sum = 0;
            for (int month = 0; month < months; month++) {
                weights[month] = 0.85 + 0.3 * random.nextDouble();
                sum += weights[month];
            }
            long given = 0;
            for (int month = 0; month < months - 1; month++) {
                long wan = (long) (total * weights[month] / sum);
                byMonth.add(BigDecimal.valueOf(wan));
                given += wan;
            }
            byMonth.add(BigDecimal.valueOf(total - given));
            return byMonth;
        }

        private DemoCommand tax(int year, Integer month, BigDecimal wan) {
            return new DemoCommand(new RecordBuildingTaxCommand(buildingId, year, month, wan, TaxSource.ENTERED, null),
                                   MANAGER);
        }

        private BigDecimal rent() {
            double base = switch (building.zone()) {
                case FINANCIAL_CITY_CLUSTER -> 4.5;
                case MINGFU_OLD_CITY -> 3.5;
                case SHANDA_ROAD_TECH_AXIS -> 3.0;
                case MINGHU_CELL_PARK -> 2.2;
                case OTHER -> 2.8;
            };
            return BigDecimal.valueOf(base + 1.5 * random.nextDouble()).setScale(1, RoundingMode.HALF_UP);
        }

        private String address() {
            String[] roads = {"经十路", "解放路", "泉城路", "山大路", "历山路", "花园路", "工业南路", "舜耕路"};
            return "济南市历下区" + roads[building.number() % roads.length] + (1000 + 37 * building.number()) + "号";
        }

        private String operator() {
            return STEMS[building.number() % STEMS.length] + "置业有限公司";
        }
    }

    /** A unit as the demo lays it out; {@code keptVacant} for the bank's space. */
    private static final class Unit {

        private final String unitId;
        private final UnitLayout layout;
        private final boolean keptVacant;
        private boolean taken;

        Unit(String unitId, UnitLayout layout, boolean keptVacant) {
            this.unitId = unitId;
            this.layout = layout;
            this.keptVacant = keptVacant;
        }

        String unitId() {
            return unitId;
        }

        UnitLayout layout() {
            return layout;
        }

        boolean keptVacant() {
            return keptVacant;
        }

        boolean taken() {
            return taken;
        }

        void take() {
            taken = true;
        }
    }
}
