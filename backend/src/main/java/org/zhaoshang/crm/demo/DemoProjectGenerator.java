package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.document.api.DocumentKind;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.project.api.command.ChangeCommitmentsCommand;
import org.zhaoshang.crm.project.api.command.SignProjectCommand;
import org.zhaoshang.crm.project.api.value.AgreementBasis;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Decision;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.PromisedDay;
import org.zhaoshang.crm.project.api.value.Tranche;
import org.zhaoshang.crm.project.lead.ProjectLeads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The signed projects of the demo's signed leads, as staff and a manager would have kept them: commitments, progress
 * with its evidence, verification (认定). Each project's story fits its lead's real days (signed, registered,
 * operating) and the demo's today; across the leads the stories are spread so that every stuck list of domain.md's
 * chain has projects, some facts wait in the manager's inbox and some went back to their recorder, and one company
 * has a second phase and a capital increase (增资). The same leads give the same projects.
 */
final class DemoProjectGenerator {

    /** The demo manager (security's UserBootstrap adds them): verifies what the leads' owners record. */
    static final String MANAGER = "manager";
    private static final int DAYS_TO_REGISTER = 30;

    /** How a project stands: the steps of its chain met (verified), and the step after them. */
    enum Next {
        /** the next step is not promised before today */
        NOT_DUE,
        /** its promised day has passed and nothing is recorded: a stuck project */
        OVERDUE,
        /** recorded, waiting in the manager's inbox */
        PENDING,
        /** recorded and returned with a reason: in its recorder's My work */
        RETURNED
    }

    record Scenario(int reached, Next next, boolean late) {
    }

    private final LocalDate today;
    private final Map<String, Integer> turns = new HashMap<>();

    DemoProjectGenerator(LocalDate today) {
        this.today = today;
    }

    /** The plans of the signed leads' projects, in the order of the leads' numbers. */
    List<DemoProjectPlan> plans(List<DemoSignedLead> signedLeads) {
        List<DemoSignedLead> leads = new ArrayList<>(signedLeads);
        leads.sort(Comparator.comparingInt(DemoSignedLead::number));
        List<DemoProjectPlan> plans = new ArrayList<>();
        boolean landLeftSigned = false;
        boolean furtherAgreements = false;
        for (DemoSignedLead signed : leads) {
            DemoSignedLead lead = signed;
            List<DemoCommand> leadCommands = new ArrayList<>();
            // land projects long signed register (a few stay unregistered): the land stuck lists need registered ones
            if (lead.stage() == Stage.SIGNED && lead.land() && daysSince(lead.signedOn()) >= 150) {
                if (landLeftSigned) {
                    LocalDate registered = lead.signedOn().plusDays(DAYS_TO_REGISTER + lead.number() % 30);
                    leadCommands.add(new DemoCommand(new MoveLeadToStageCommand(
                            lead.leadId(), Stage.LANDED, registered, null, null, null, registered, null),
                                                     lead.owner()));
                    lead = lead.landedOn(registered);
                }
                landLeftSigned = true;
            }
            String projectId = ProjectLeads.firstProjectId(lead.leadId(), lead.signedOn(), lead.reference());
            Set<Milestone> stageFacts = EnumSet.noneOf(Milestone.class);
            if (lead.registeredOn() != null) {
                stageFacts.add(Milestone.REGISTERED);
            }
            if (lead.operatingOn() != null) {
                stageFacts.add(Milestone.OPERATING);
            }
            ProjectKind kind = lead.land() ? ProjectKind.LAND : ProjectKind.OFFICE;
            List<DemoProjectStep> steps = new ArrayList<>();
            new Story(lead, projectId, kind, lead.signedOn(), lead.registeredOn(), lead.operatingOn(), stageFacts,
                      scenario(lead, kind), lead.plannedInvestment()).tell(steps);
            if (!furtherAgreements && lead.stage() == Stage.OPERATING && daysSince(lead.operatingOn()) >= 300) {
                furtherAgreements = true;
                secondPhase(lead, kind, steps);
                capitalIncrease(lead, kind, steps);
            }
            plans.add(new DemoProjectPlan(lead.leadId(), projectId, leadCommands, stageFacts, steps));
        }
        return plans;
    }

    /** The story of a lead's first project: by its stage, kind and days, taking the stories of its kind in turn. */
    private Scenario scenario(DemoSignedLead lead, ProjectKind kind) {
        int operating = kind.chain().indexOf(Milestone.OPERATING) + 1; // + the capital step
        boolean office = kind == ProjectKind.OFFICE;
        return switch (lead.stage()) {
            case OPERATING -> daysSince(lead.operatingOn()) < 30
                              ? new Scenario(operating, Next.PENDING, false)
                              : pick("operating", List.of(
                                      new Scenario(daysSince(lead.operatingOn()) >= 300 ? operating + 2
                                                                                         : operating + 1,
                                                   Next.NOT_DUE, false),
                                      new Scenario(operating + 1, Next.NOT_DUE, true),
                                      new Scenario(operating, Next.PENDING, false)));
            case LANDED -> daysSince(lead.registeredOn()) < 30
                           ? pick("landed-recently", List.of(new Scenario(0, Next.PENDING, false),
                                                             new Scenario(0, Next.RETURNED, false)))
                           : office ? pick("landed-office", List.of(
                                   new Scenario(1, Next.OVERDUE, false),    // 注册未到资
                                   new Scenario(2, Next.OVERDUE, true),     // 注册未入驻
                                   new Scenario(3, Next.OVERDUE, false),    // 入驻未运营
                                   new Scenario(1, Next.RETURNED, false),   // capital sent back
                                   new Scenario(3, Next.NOT_DUE, true),     // on its way, late but met
                                   new Scenario(2, Next.PENDING, false)))   // moved in, waiting
                                    : pick("landed-land", List.of(
                                   new Scenario(1, Next.OVERDUE, false),    // 注册未到资
                                   new Scenario(2, Next.OVERDUE, false),    // 到资未供地
                                   new Scenario(3, Next.OVERDUE, true),     // 供地未开工
                                   new Scenario(4, Next.OVERDUE, false),    // 开工未竣工
                                   new Scenario(5, Next.OVERDUE, true),     // 竣工未投产
                                   new Scenario(3, Next.PENDING, false),
                                   new Scenario(2, Next.NOT_DUE, false)));
            default -> daysSince(lead.signedOn()) < 45
                       ? new Scenario(0, Next.NOT_DUE, false)
                       : pick(office ? "signed-office" : "signed-land", List.of(
                               new Scenario(0, Next.OVERDUE, false),       // 签约未注册
                               new Scenario(0, Next.PENDING, false),
                               new Scenario(0, Next.RETURNED, false),
                               new Scenario(0, Next.OVERDUE, false)));
        };
    }

    private Scenario pick(String kind, List<Scenario> scenarios) {
        int turn = turns.merge(kind, 1, Integer::sum) - 1;
        return scenarios.get(turn % scenarios.size());
    }

    /** A second phase (二期) signed after the first went into operation, its construction now overdue. */
    private void secondPhase(DemoSignedLead lead, ProjectKind kind, List<DemoProjectStep> steps) {
        LocalDate signedOn = lead.operatingOn().plusDays(daysSince(lead.operatingOn()) / 4);
        String projectId = uuid("demo-second-phase\n" + lead.leadId());
        PlannedInvestment planned = share(lead.plannedInvestment(), "0.6");
        steps.add(new DemoProjectStep.Send(new SignProjectCommand(
                projectId, lead.leadId(), new ProjectAgreement(signedOn, lead.reference() + "（二期）",
                                                               AgreementBasis.SECOND_PHASE),
                new Commitments(kind, null, planned, List.of(), List.of(), null, null, null, null, lead.zone(),
                                null)), lead.owner()));
        new Story(lead, projectId, kind, signedOn, signedOn.plusDays(20), null, Set.of(),
                  new Scenario(kind == ProjectKind.LAND ? 4 : 2, Next.OVERDUE, false), planned).tell(steps);
    }

    /**
     * A capital increase (增资) of the same company: its commitments are the increase alone (registered capital, total
     * investment and its schedule), its registration the change of the licence; one tranche arrived, one to come.
     */
    private void capitalIncrease(DemoSignedLead lead, ProjectKind kind, List<DemoProjectStep> steps) {
        LocalDate signedOn = today.minusDays(daysSince(lead.operatingOn()) / 3);
        String projectId = uuid("demo-capital-increase\n" + lead.leadId());
        PlannedInvestment increase = share(lead.plannedInvestment(), "0.25");
        BigDecimal cny = cnyWan(increase);
        BigDecimal first = cny.multiply(new BigDecimal("0.4")).setScale(0, RoundingMode.DOWN);
        LocalDate registered = signedOn.plusDays(20);
        LocalDate arrived = signedOn.plusDays(55);
        Commitments commitments = new Commitments(
                kind, share(lead.plannedInvestment(), "0.1"), increase,
                List.of(new Tranche(signedOn.plusDays(60), first), new Tranche(signedOn.plusDays(240), cny.subtract(first))),
                List.of(new PromisedDay(Milestone.REGISTERED, signedOn.plusDays(DAYS_TO_REGISTER))),
                cny.multiply(new BigDecimal("0.02")).setScale(0, RoundingMode.HALF_UP), 30, null, null, lead.zone(),
                null);
        steps.add(new DemoProjectStep.Send(new SignProjectCommand(
                projectId, lead.leadId(), new ProjectAgreement(signedOn, lead.reference() + "（增资）",
                                                               AgreementBasis.CAPITAL_INCREASE), commitments),
                                           lead.owner()));
        recordAndVerify(steps, projectId, "demo-registered", milestone(Milestone.REGISTERED, registered),
                        List.of(new DemoProjectStep.Evidence("营业执照（增资变更后）.pdf", DocumentKind.LICENCE)),
                        lead.owner());
        if (!arrived.isAfter(today)) {
            recordAndVerify(steps, projectId, "demo-capital-1", capital(first, arrived),
                            List.of(new DemoProjectStep.Evidence("增资款银行进账回单.pdf", DocumentKind.BANK_RECEIPT)),
                            lead.owner());
        }
    }

    private static void recordAndVerify(List<DemoProjectStep> steps, String projectId, String progressId,
                                        ProgressFact fact, List<DemoProjectStep.Evidence> evidence, String owner) {
        steps.add(new DemoProjectStep.Record(projectId, progressId, fact, evidence, owner));
        steps.add(new DemoProjectStep.Verify(projectId, progressId, null, Decision.APPROVED, null, MANAGER));
    }

    /**
     * One project's story. Its chain is the kind's milestones with capital (all due capital arrived) as the step after
     * registration. The steps met and the next one get real days: the lead's own days of registration and operation
     * where it has them, the others spread between; the promised days follow from them (a little after, or before for
     * a late project), the next step's promised day lies behind today when it is overdue and ahead when not due.
     */
    private final class Story {

        private final DemoSignedLead lead;
        private final String projectId;
        private final ProjectKind kind;
        private final LocalDate signedOn;
        private final Set<Milestone> stageFacts;
        private final Scenario scenario;
        private final PlannedInvestment total;
        private final List<Milestone> chain;
        private final LocalDate[] actual;
        private final LocalDate[] promised;

        Story(DemoSignedLead lead, String projectId, ProjectKind kind, LocalDate signedOn, LocalDate registeredOn,
              LocalDate operatingOn, Set<Milestone> stageFacts, Scenario scenario, PlannedInvestment total) {
            this.lead = lead;
            this.projectId = projectId;
            this.kind = kind;
            this.signedOn = signedOn;
            this.stageFacts = stageFacts;
            this.scenario = scenario;
            this.total = total;
            this.chain = new ArrayList<>(kind.chain());
            chain.add(1, null); // capital
            this.actual = new LocalDate[chain.size()];
            this.promised = new LocalDate[chain.size()];
            actualDays(registeredOn, operatingOn);
            promisedDays();
        }

        private boolean recordsNext() {
            return scenario.next() == Next.PENDING || scenario.next() == Next.RETURNED;
        }

        private void actualDays(LocalDate registeredOn, LocalDate operatingOn) {
            int dated = Math.min(chain.size(), scenario.reached() + (recordsNext() ? 1 : 0));
            if (dated == 0) {
                return;
            }
            LocalDate registered = registeredOn != null ? registeredOn
                    : min(signedOn.plusDays(Math.max(1, Math.min(DAYS_TO_REGISTER, daysSince(signedOn) / 2))), today);
            actual[0] = registered;
            int operating = chain.indexOf(Milestone.OPERATING);
            if (operatingOn != null) {
                for (int i = 1; i <= operating && i < dated; i++) {
                    actual[i] = between(registered, operatingOn, i, operating);
                }
                for (int i = operating + 1; i < dated; i++) {
                    actual[i] = between(operatingOn, today, 2, 3);
                }
                return;
            }
            LocalDate end = recordsNext() ? today.minusDays(7) : between(registered, today, 2, 3);
            for (int i = 1; i < dated; i++) {
                actual[i] = between(registered, max(end, registered), i, dated - 1);
            }
        }

        private void promisedDays() {
            LocalDate last = signedOn;
            for (int i = 0; i < scenario.reached() && i < chain.size(); i++) {
                last = max(last, actual[i]);
            }
            LocalDate earliest = signedOn.plusDays(1);
            for (int i = 0; i < chain.size(); i++) {
                LocalDate day;
                if (i < scenario.reached() || i == scenario.reached() && recordsNext()) {
                    day = scenario.late() ? actual[i].minusDays(20) : actual[i].plusDays(3);
                } else if (i == scenario.reached()) {
                    day = scenario.next() == Next.OVERDUE ? last.plusDays(Math.max(0, daysBetween(last, today) / 2))
                                                          : today.plusDays(45);
                } else {
                    day = promised[i - 1].plusDays(gap(chain.get(i)));
                }
                promised[i] = max(day, earliest);
                if (chain.get(i) != null) {
                    earliest = promised[i];
                }
            }
        }

        void tell(List<DemoProjectStep> steps) {
            List<Tranche> tranches = tranches();
            steps.add(new DemoProjectStep.Send(new ChangeCommitmentsCommand(projectId, commitments(tranches), null),
                                               lead.owner()));
            int told = Math.min(chain.size(), scenario.reached() + (recordsNext() ? 1 : 0));
            for (int i = 0; i < told; i++) {
                Decision decision = i < scenario.reached() ? Decision.APPROVED
                        : scenario.next() == Next.RETURNED ? Decision.RETURNED : null;
                Milestone milestone = chain.get(i);
                if (milestone == null) {
                    arrivals(steps, tranches, decision);
                } else if (stageFacts.contains(milestone)) {
                    if (decision != null) {
                        steps.add(new DemoProjectStep.Verify(projectId, null, milestone, decision,
                                                             decision == Decision.RETURNED ? returned(milestone) : null, MANAGER));
                    }
                } else {
                    fact(steps, "demo-" + milestone.name().toLowerCase(Locale.ROOT),
                         milestone(milestone, actual[i]), evidence(milestone), decision, returned(milestone));
                }
            }
            int operating = chain.indexOf(Milestone.OPERATING);
            if (scenario.reached() > operating && daysSince(actual[operating]) >= 30) {
                jobsAndTax(steps);
            }
        }

        /** Each tranche due by today arrived (the first on the step's day); only the first when it is the next step. */
        private void arrivals(List<DemoProjectStep> steps, List<Tranche> tranches, Decision decision) {
            for (int t = 0; t < tranches.size(); t++) {
                Tranche tranche = tranches.get(t);
                LocalDate arrived = t == 0 ? actual[1]
                        : min(scenario.late() ? tranche.dueOn().plusDays(15) : tranche.dueOn().minusDays(5), today);
                if (t > 0 && (decision != Decision.APPROVED || tranche.dueOn().isAfter(today))) {
                    return;
                }
                fact(steps, "demo-capital-" + (t + 1), capital(tranche.amountWan(), max(arrived, actual[1])),
                     List.of(new DemoProjectStep.Evidence("银行进账回单（第" + (t + 1) + "笔）.pdf",
                                                          DocumentKind.BANK_RECEIPT)),
                     decision, "银行回单金额与申报到资金额不一致，请核对后重新提交");
            }
        }

        private void jobsAndTax(List<DemoProjectStep> steps) {
            if (lead.jobs() != null) {
                fact(steps, "demo-jobs", new ProgressFact(ProgressKind.JOBS, today.minusDays(20), null, null, null,
                                                          Math.max(1, lead.jobs() * 6 / 10), List.of()),
                     List.of(new DemoProjectStep.Evidence("社保缴纳人员名单.pdf", DocumentKind.OTHER)),
                     Decision.APPROVED, null);
            }
            int year = today.getYear() - 1;
            if (actual[chain.indexOf(Milestone.OPERATING)].getYear() <= year) {
                fact(steps, "demo-tax-" + year,
                     new ProgressFact(ProgressKind.TAX_PAID, null, annualTax().multiply(new BigDecimal("0.6"))
                                                                             .setScale(0, RoundingMode.HALF_UP),
                                      null, year, null, List.of()),
                     List.of(new DemoProjectStep.Evidence("完税证明（" + year + "年度）.pdf",
                                                          DocumentKind.TAX_CERTIFICATE)),
                     Decision.APPROVED, null);
            }
        }

        private void fact(List<DemoProjectStep> steps, String progressId, ProgressFact fact,
                          List<DemoProjectStep.Evidence> evidence, Decision decision, String reason) {
            steps.add(new DemoProjectStep.Record(projectId, progressId, fact, evidence, lead.owner()));
            if (decision != null) {
                steps.add(new DemoProjectStep.Verify(projectId, progressId, null, decision,
                                                     decision == Decision.RETURNED ? reason : null, MANAGER));
            }
        }

        /** Two to four tranches adding up to the total investment, the first due on the capital step's day. */
        private List<Tranche> tranches() {
            int count = 2 + lead.number() % 3;
            BigDecimal cny = cnyWan(total);
            BigDecimal part = cny.divide(BigDecimal.valueOf(count), 0, RoundingMode.DOWN);
            List<Tranche> tranches = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                BigDecimal amount = t == count - 1 ? cny.subtract(part.multiply(BigDecimal.valueOf(count - 1))) : part;
                tranches.add(new Tranche(promised[1].plusDays(180L * t), amount));
            }
            return tranches;
        }

        private Commitments commitments(List<Tranche> tranches) {
            List<PromisedDay> days = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                if (chain.get(i) != null) {
                    days.add(new PromisedDay(chain.get(i), promised[i]));
                }
            }
            boolean land = kind == ProjectKind.LAND;
            return new Commitments(kind, share(total, "0.3"), total, tranches, days, annualTax(), lead.jobs(),
                                   land ? lead.landAreaMu() : null, lead.floorSpaceM2(), lead.zone(),
                                   building(lead.zone(), land, lead.number()));
        }

        private BigDecimal annualTax() {
            return cnyWan(total).multiply(new BigDecimal("0.03")).max(BigDecimal.valueOf(50))
                                .setScale(0, RoundingMode.HALF_UP);
        }
    }

    private static int gap(Milestone milestone) {
        if (milestone == null) {
            return 0;
        }
        return switch (milestone) {
            case COMPLETED, FULL_PRODUCTION -> 365;
            default -> 90;
        };
    }

    private static ProgressFact milestone(Milestone milestone, LocalDate day) {
        return new ProgressFact(ProgressKind.MILESTONE, day, null, milestone, null, null, List.of());
    }

    private static ProgressFact capital(BigDecimal amountWan, LocalDate day) {
        return new ProgressFact(ProgressKind.CAPITAL_ARRIVED, day, amountWan, null, null, null, List.of());
    }

    private static List<DemoProjectStep.Evidence> evidence(Milestone milestone) {
        return switch (milestone) {
            case REGISTERED -> List.of(new DemoProjectStep.Evidence("营业执照.pdf", DocumentKind.LICENCE));
            case MOVED_IN -> List.of(new DemoProjectStep.Evidence("入驻现场照片.png", DocumentKind.PHOTO));
            case LAND_SUPPLIED -> List.of(new DemoProjectStep.Evidence("国有建设用地使用权出让合同.pdf",
                                                                        DocumentKind.OTHER));
            case CONSTRUCTION_STARTED -> List.of(new DemoProjectStep.Evidence("建筑工程施工许可证.pdf",
                                                                               DocumentKind.OTHER),
                                                 new DemoProjectStep.Evidence("开工现场照片.png", DocumentKind.PHOTO));
            case COMPLETED -> List.of(new DemoProjectStep.Evidence("竣工验收备案表.pdf", DocumentKind.OTHER));
            case OPERATING -> List.of(new DemoProjectStep.Evidence("开业运营现场照片.png", DocumentKind.PHOTO));
            case FULL_PRODUCTION -> List.of(new DemoProjectStep.Evidence("达产年度完税证明.pdf",
                                                                          DocumentKind.TAX_CERTIFICATE));
        };
    }

    private static String returned(Milestone milestone) {
        return switch (milestone) {
            case REGISTERED -> "营业执照扫描件不清晰，无法核对统一社会信用代码，请重新上传";
            case MOVED_IN -> "入驻照片未显示企业门牌，请补充租赁合同或入驻确认单";
            case OPERATING -> "开业日期与营业执照变更记录不一致，请核实";
            default -> "佐证材料不完整，请补充后重新提交";
        };
    }

    /** A building of the zone for an office project, a plot for a land project. */
    private static String building(TargetZone zone, boolean land, int number) {
        if (zone == null) {
            return null;
        }
        String name = switch (zone) {
            case FINANCIAL_CITY_CLUSTER -> "济南国际金融城";
            case MINGFU_OLD_CITY -> "明府城";
            case SHANDA_ROAD_TECH_AXIS -> "山大路科技走廊";
            case MINGHU_CELL_PARK -> "明湖细胞产业园";
            case OTHER -> "历下区";
        };
        return land ? name + " " + (char) ('A' + number % 6) + "-" + (1 + number % 12) + " 地块"
                    : name + " " + (1 + number % 9) + " 号楼 " + (3 + number % 20) + " 层";
    }

    private static PlannedInvestment share(PlannedInvestment whole, String fraction) {
        BigDecimal amount = whole.amountWan().multiply(new BigDecimal(fraction)).setScale(0, RoundingMode.HALF_UP)
                                 .max(BigDecimal.ONE);
        return new PlannedInvestment(amount, whole.currency(), whole.rateToCny(), null);
    }

    /** The amount in 万元 of CNY, as the commitments work it out. */
    private static BigDecimal cnyWan(PlannedInvestment money) {
        BigDecimal rate = money.rateToCny() == null ? BigDecimal.ONE : money.rateToCny();
        return money.amountWan().multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    private int daysSince(LocalDate day) {
        return daysBetween(day, today);
    }

    private static int daysBetween(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }

    private static LocalDate between(LocalDate from, LocalDate to, int part, int parts) {
        return from.plusDays((long) daysBetween(from, to) * part / Math.max(1, parts));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
