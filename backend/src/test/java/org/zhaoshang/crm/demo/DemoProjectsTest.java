package org.zhaoshang.crm.demo;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhaoshang.crm.document.api.DocumentInfo;
import org.zhaoshang.crm.document.api.FileType;
import org.zhaoshang.crm.document.store.DocumentStore;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.project.api.query.FindLeadProjectsQuery;
import org.zhaoshang.crm.project.api.query.FindMyReturnedProgressQuery;
import org.zhaoshang.crm.project.api.query.LeadProjects;
import org.zhaoshang.crm.project.api.query.ProgressEntry;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.query.ReturnedProgress;
import org.zhaoshang.crm.project.api.value.AgreementBasis;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.Tranche;
import org.zhaoshang.crm.project.api.value.VerificationState;
import org.zhaoshang.crm.security.users.UserAuthentication;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's signed leads come with signed projects as a bureau keeps them (issue 19): every stuck list of the chain
 * (domain.md, "After the signature") has projects of its kind, some facts wait for verification, some went back to
 * their recorder with a reason, one company has a second phase and a capital increase that counts only the increase,
 * evidence is stored documents of the lead, and nobody verified what they recorded. Read through the queries the UI
 * uses; the demo's today is the real one, so the spread holds whatever day it runs.
 */
@SpringBootTest(properties = "zhaoshang.demo-leads=300")
class DemoProjectsTest {

    /** The stuck lists each kind's chain defines: the step of the chain that is overdue. */
    private static final Map<ProjectKind, Set<String>> STUCK_LISTS = Map.of(
            ProjectKind.OFFICE, Set.of("SIGNED_NOT_REGISTERED", "REGISTERED_WITHOUT_CAPITAL",
                                       "REGISTERED_NOT_MOVED_IN", "MOVED_IN_NOT_OPERATING"),
            ProjectKind.LAND, Set.of("SIGNED_NOT_REGISTERED", "REGISTERED_WITHOUT_CAPITAL", "CAPITAL_WITHOUT_LAND",
                                     "LAND_WITHOUT_CONSTRUCTION", "STARTED_NOT_COMPLETED",
                                     "COMPLETED_NOT_OPERATING"));

    @Autowired
    private QueryGateway queries;
    @Autowired
    private DocumentStore documents;
    @Autowired
    private UserAuthentication users;
    @Autowired
    private Clock clock;

    @Test
    void signedLeadsHaveProjectsStuckAtEveryStepPendingReturnedAndAFurtherAgreementOfEachBasis() {
        LocalDate today = BureauTime.today(clock);
        List<LeadProjects> byLead = signedLeadsProjects();
        List<ProjectView> projects = byLead.stream().flatMap(lead -> lead.projects().stream()).toList();
        List<ProgressEntry> facts = projects.stream().flatMap(project -> project.progress().stream()).toList();
        System.out.printf("[DemoProjectsTest] %d signed leads, %d projects, %d progress facts%n", byLead.size(),
                          projects.size(), facts.size());

        Map<ProjectKind, Set<String>> stuck = projects.stream().filter(project -> stuckList(project, today) != null)
                .collect(Collectors.groupingBy(project -> project.commitments().kind(),
                                               Collectors.mapping(project -> stuckList(project, today),
                                                                  Collectors.toSet())));
        assertThat(stuck).as("stuck lists with projects, per kind").isEqualTo(STUCK_LISTS);

        assertThat(projects).allSatisfy(project -> {
            assertThat(project.commitments().capitalSchedule()).hasSizeBetween(2, 4);
            assertThat(project.commitments().totalInvestment()).isNotNull();
            assertThat(project.commitments().zone()).isNotNull();
        });
        assertThat(projects).filteredOn(project -> project.commitments().kind() == ProjectKind.OFFICE)
                            .hasSizeGreaterThan(projects.size() / 2);
        assertThat(projects).anyMatch(project -> "GBP".equals(project.commitments().totalInvestment().currency()))
                            .anyMatch(project -> "HKD".equals(project.commitments().totalInvestment().currency()));

        assertThat(facts).filteredOn(fact -> fact.state() == VerificationState.PENDING).hasSizeGreaterThan(3);
        List<ProgressEntry> returned = facts.stream().filter(fact -> fact.state() == VerificationState.RETURNED)
                                            .toList();
        assertThat(returned).hasSizeGreaterThan(2)
                            .allSatisfy(fact -> assertThat(fact.reason()).matches(".*\\p{IsHan}.*"));
        assertThat(facts).filteredOn(fact -> fact.state() != VerificationState.PENDING)
                         .allSatisfy(fact -> assertThat(fact.decidedBy()).isEqualTo("manager")
                                                                         .isNotEqualTo(fact.recordedBy()));
        String recorder = returned.get(0).recordedBy();
        assertThat(as(recorder, () -> queries.query(new FindMyReturnedProgressQuery(),
                                                    ResponseTypes.instanceOf(ReturnedProgress.class)).join())
                .items()).as("in %s's My work", recorder).isNotEmpty();

        List<ProgressEntry> metMilestones = facts.stream()
                .filter(fact -> fact.state() == VerificationState.APPROVED && fact.promisedOn() != null
                                && fact.fact().kind() == ProgressKind.MILESTONE).toList();
        assertThat(metMilestones).as("on time").anyMatch(fact -> !fact.fact().day().isAfter(fact.promisedOn()))
                                 .as("late but met").anyMatch(fact -> fact.fact().day().isAfter(fact.promisedOn()));

        for (ProjectView project : projects) {
            for (ProgressEntry fact : project.progress()) {
                if (fact.origin() == ProgressOrigin.RECORDED) {
                    assertThat(fact.fact().evidence()).isNotEmpty().allSatisfy(id -> {
                        DocumentInfo document = documents.find(id).orElseThrow();
                        assertThat(document.leadId()).isEqualTo(project.leadId());
                        assertThat(document.type()).isIn(FileType.PDF, FileType.PNG);
                        assertThat(document.size()).isLessThan(2_000);
                    });
                }
            }
        }

        LeadProjects company = byLead.stream().filter(lead -> lead.projects().size() == 3).findFirst().orElseThrow();
        assertThat(company.projects()).extracting(project -> project.agreement().basis())
                                      .containsExactly(AgreementBasis.FIRST_SIGNING, AgreementBasis.SECOND_PHASE,
                                                       AgreementBasis.CAPITAL_INCREASE);
        ProjectView first = company.projects().get(0);
        ProjectView increase = company.projects().get(2);
        BigDecimal increaseTotal = increase.commitments().totalInvestmentCnyWan();
        assertThat(increaseTotal).as("the increase alone").isLessThan(first.commitments().totalInvestmentCnyWan());
        assertThat(increase.commitments().capitalSchedule().stream().map(Tranche::amountWan)
                           .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(increaseTotal);
        assertThat(verifiedCapital(increase)).isPositive().isLessThanOrEqualTo(increaseTotal);
        assertThat(verifiedCapital(first)).isLessThanOrEqualTo(first.commitments().totalInvestmentCnyWan());
    }

    /** The stuck list a project is in at {@code day}: its first unmet step of the chain, if overdue; null if none. */
    private static String stuckList(ProjectView project, LocalDate day) {
        ProjectKind kind = project.commitments().kind();
        List<Milestone> chain = new ArrayList<>(kind.chain());
        chain.add(1, null); // capital: all capital due arrived
        for (Milestone step : chain) {
            if (step == null) {
                BigDecimal due = BigDecimal.ZERO;
                LocalDate firstDue = null;
                for (Tranche tranche : project.commitments().capitalSchedule()) {
                    if (!tranche.dueOn().isAfter(day)) {
                        due = due.add(tranche.amountWan());
                        firstDue = firstDue == null ? tranche.dueOn() : firstDue;
                    }
                }
                if (verifiedCapital(project).compareTo(due) < 0) {
                    return firstDue.isBefore(day) ? "REGISTERED_WITHOUT_CAPITAL" : null;
                }
                continue;
            }
            boolean met = project.progress().stream().anyMatch(fact -> fact.state() == VerificationState.APPROVED
                                                                       && fact.fact().milestone() == step);
            if (!met) {
                LocalDate promised = project.commitments().promised(step);
                return promised != null && promised.isBefore(day) ? listOf(kind, step) : null;
            }
        }
        return null;
    }

    private static String listOf(ProjectKind kind, Milestone overdue) {
        return switch (overdue) {
            case REGISTERED -> "SIGNED_NOT_REGISTERED";
            case MOVED_IN -> "REGISTERED_NOT_MOVED_IN";
            case LAND_SUPPLIED -> "CAPITAL_WITHOUT_LAND";
            case CONSTRUCTION_STARTED -> "LAND_WITHOUT_CONSTRUCTION";
            case COMPLETED -> "STARTED_NOT_COMPLETED";
            case OPERATING -> kind == ProjectKind.LAND ? "COMPLETED_NOT_OPERATING" : "MOVED_IN_NOT_OPERATING";
            case FULL_PRODUCTION -> null;
        };
    }

    private static BigDecimal verifiedCapital(ProjectView project) {
        return project.progress().stream().filter(fact -> fact.state() == VerificationState.APPROVED
                                                          && fact.fact().kind() == ProgressKind.CAPITAL_ARRIVED)
                      .map(fact -> fact.fact().amountWan()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The projects of every lead at SIGNED or later, once the read model lists them all. */
    private List<LeadProjects> signedLeadsProjects() {
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).until(() -> page(0).total() == 300);
        Set<String> signed = new HashSet<>();
        for (int page = 0; page < 2; page++) {
            page(page).leads().stream().filter(lead -> lead.stage().compareTo(Stage.SIGNED) >= 0)
                      .map(LeadSummary::leadId).forEach(signed::add);
        }
        List<LeadProjects> projects = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            projects.clear();
            signed.forEach(leadId -> projects.add(queries.query(new FindLeadProjectsQuery(leadId),
                                                                ResponseTypes.instanceOf(LeadProjects.class)).join()));
            return projects.stream().allMatch(lead -> !lead.projects().isEmpty())
                   && projects.stream().anyMatch(lead -> lead.projects().size() == 3);
        });
        return projects;
    }

    private LeadPage page(int page) {
        return queries.query(FindLeadsQuery.newestFirst(page, 200), ResponseTypes.instanceOf(LeadPage.class)).join();
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(users.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user,
                                                                                                          "demo")));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
