package org.zhaoshang.crm.supervision.query;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.performance.api.LeadPromises;
import org.zhaoshang.crm.performance.api.ProjectPromises;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.Cockpit;
import org.zhaoshang.crm.supervision.api.query.FindCockpitQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.FindLeaderLightsQuery;
import org.zhaoshang.crm.supervision.api.query.FindProblemsQuery;
import org.zhaoshang.crm.supervision.api.query.InstructionRow;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.LeaderLights;
import org.zhaoshang.crm.supervision.api.query.LightReason;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhaoshang.crm.supervision.query.SupervisionFixture.QIAN;
import static org.zhaoshang.crm.supervision.query.SupervisionFixture.ZHAO;
import static org.zhaoshang.crm.supervision.query.SupervisionFixture.as;
import static org.zhaoshang.crm.supervision.query.SupervisionFixture.day;

/**
 * Who sees what of supervision: staff and managers everything; a leader only the key projects they answer for and
 * their problems (another's cockpit 403, another's dossier 404 as if unknown); managers any cockpit and leaders ×
 * lights; ambassadors and administrators without a lead role nothing.
 */
class SupervisionQueriesAccessTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static SupervisionQueries queries;

    @BeforeAll
    static void project() {
        queries = SupervisionFixture.queries(SupervisionFixture.projected(
                new SupervisionProjection(STORE.database("access"), new ObjectMapper().findAndRegisterModules())));
    }

    private static List<String> keyProjects(MetaData caller, String leader) {
        return queries.handle(new FindKeyProjectsQuery(null, leader, null, null, null), caller).rows().stream()
                      .map(KeyProjectRow::leadId).toList();
    }

    private static List<String> problems(MetaData caller) {
        return queries.handle(new FindProblemsQuery(null, null, null, null, null), caller).rows().stream()
                      .map(ProblemRow::problemId).toList();
    }

    @Test
    void staffAndManagersSeeEveryKeyProjectMostUrgentFirstAndEveryProblem() {
        for (MetaData caller : List.of(as("staff", Role.STAFF), as("manager", Role.MANAGER))) {
            assertThat(keyProjects(caller, null)).containsExactly("lead-1", "lead-2");
            assertThat(keyProjects(caller, QIAN)).containsExactly("lead-2");
            assertThat(problems(caller)).containsExactly("pr-1", "pr-2");
            assertThat(queries.handle(new FindKeyProjectQuery(2026, "lead-2", null, null), caller).row().leader())
                    .isEqualTo(QIAN);
        }
        assertThat(queries.handle(new FindKeyProjectsQuery(2026, null, Light.YELLOW, null, null),
                                  as("staff", Role.STAFF)).rows()).extracting(KeyProjectRow::leadId)
                                                                  .containsExactly("lead-2");
        assertThat(queries.handle(new FindProblemsQuery(null, null, Escalation.RED, null, null),
                                  as("staff", Role.STAFF)).rows()).extracting(ProblemRow::problemId)
                                                                  .containsExactly("pr-1");
    }

    @Test
    void aLeaderSeesOnlyTheKeyProjectsTheyAnswerForAndTheirProblems() {
        MetaData zhao = as(ZHAO, Role.LEADER);

        assertThat(keyProjects(zhao, null)).containsExactly("lead-1");
        assertThat(keyProjects(zhao, ZHAO)).containsExactly("lead-1");
        assertThat(problems(zhao)).containsExactly("pr-1");
        assertThat(queries.handle(new FindProblemsQuery(null, null, null, "lead-2", null), zhao).rows()).isEmpty();
        assertThat(queries.handle(new FindKeyProjectQuery(2026, "lead-1", null, null), zhao).problems())
                .extracting(ProblemRow::problemId).containsExactly("pr-1");
        assertThatThrownBy(() -> keyProjects(zhao, QIAN)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> queries.handle(new FindKeyProjectQuery(2026, "lead-2", null, null), zhao))
                .as("another leader's dossier: as if unknown").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.handle(new FindKeyProjectQuery(2026, "lead-4", null, null), zhao))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.handle(new FindCockpitQuery(QIAN, null, null, null), zhao))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> queries.handle(new FindLeaderLightsQuery(null, null, null), zhao))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aLeadersCockpitHasTheirProjectsTheirRedProblemsAndTheirInstructions() {
        Cockpit own = queries.handle(new FindCockpitQuery(null, null, null, null), as(ZHAO, Role.LEADER));

        assertThat(own.leader()).isEqualTo(ZHAO);
        assertThat(own.asOf()).isEqualTo(SupervisionFixture.TODAY);
        assertThat(own.projects()).extracting(KeyProjectRow::leadId, KeyProjectRow::light)
                                  .containsExactly(org.assertj.core.groups.Tuple.tuple("lead-1", Light.RED));
        assertThat(own.redProblems()).extracting(ProblemRow::problemId, ProblemRow::daysOverdue)
                                     .containsExactly(org.assertj.core.groups.Tuple.tuple("pr-1", 107L));
        assertThat(own.redProblems().get(0).history()).extracting(entry -> entry.kind().name())
                                                      .containsExactly("RAISED", "NOTE", "INSTRUCTION");
        assertThat(own.instructions()).extracting(InstructionRow::instructionId).containsExactly("i-1");

        Cockpit qian = queries.handle(new FindCockpitQuery(QIAN, 2026, day("2026-06-30"), null),
                                      as("manager", Role.MANAGER));
        assertThat(qian.projects()).extracting(KeyProjectRow::leadId).containsExactly("lead-2");
        assertThatThrownBy(() -> queries.handle(new FindCockpitQuery(QIAN, null, null, null), as("staff",
                                                                                               Role.STAFF)))
                .as("another leader's cockpit is for managers").isInstanceOf(NotPermittedException.class);
    }

    @Test
    void managersSeeLeadersByLights() {
        assertThat(queries.handle(new FindLeaderLightsQuery(null, null, null), as("manager", Role.MANAGER)))
                .containsExactly(new LeaderLights(ZHAO, 0, 0, 1, 1, 1), new LeaderLights(QIAN, 0, 1, 0, 0, 0));
        assertThatThrownBy(() -> queries.handle(new FindLeaderLightsQuery(null, null, null), as("staff", Role.STAFF)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void ambassadorsAndAdministratorsSeeNothingOfSupervision() {
        for (MetaData caller : List.of(as("ambassador", Role.AMBASSADOR), as("admin", Role.ADMIN))) {
            List<Consumer<MetaData>> asks = List.of(
                    metaData -> queries.handle(new FindKeyProjectsQuery(null, null, null, null, null), metaData),
                    metaData -> queries.handle(new FindKeyProjectQuery(2026, "lead-1", null, null), metaData),
                    metaData -> queries.handle(new FindProblemsQuery(null, null, null, null, null), metaData),
                    metaData -> queries.handle(new FindCockpitQuery(null, null, null, null), metaData),
                    metaData -> queries.handle(new FindCockpitQuery(ZHAO, null, null, null), metaData),
                    metaData -> queries.handle(new FindLeaderLightsQuery(null, null, null), metaData));
            asks.forEach(ask -> assertThatThrownBy(() -> ask.accept(caller))
                    .isInstanceOf(NotPermittedException.class));
        }
    }

    @Test
    void aSignedKeyProjectShowsItsPromisesAndTurnsRedWithAMilestoneLongOverdue() {
        SupervisionProjection projection = SupervisionFixture.projected(new SupervisionProjection(
                STORE.database("promises"), new ObjectMapper().findAndRegisterModules()));
        ProjectPromises promises = (leadId, day, knowledge) -> leadId.equals("lead-2") ? Optional.of(new LeadPromises(
                leadId, day, List.of("p-2"), List.of(new LeadPromises.MilestonePromise(
                        "p-2", Milestone.REGISTERED, day.minusDays(40), null, 40)),
                new BigDecimal("5000"), new BigDecimal("2000"), new BigDecimal("1500"))) : Optional.empty();
        SupervisionQueries withPromises = new SupervisionQueries(projection, () -> RulesInForce.DEFAULTS_ONLY,
                                                                 promises, SupervisionFixture.CLOCK);

        KeyProjectRow row = withPromises.handle(new FindKeyProjectsQuery(null, QIAN, null, null, null),
                                                as("staff", Role.STAFF)).rows().get(0);

        assertThat(row.light()).isEqualTo(Light.RED);
        assertThat(row.reasons().get(0)).isEqualTo(new LightReason(LightReason.Kind.MILESTONE_OVERDUE, Light.RED, 40,
                                                                   "REGISTERED"));
        assertThat(row.promise().capitalVerifiedWan()).isEqualByComparingTo("1500");
        assertThat(row.promise().milestones()).singleElement()
                                              .satisfies(due -> assertThat(due.projectId()).isEqualTo("p-2"));
    }

    @Test
    void aDayToComeOrAYearOutOfRangeIsRefused() {
        MetaData staff = as("staff", Role.STAFF);
        assertThatThrownBy(() -> queries.handle(new FindKeyProjectsQuery(null, null, null, day("2026-07-01"), null),
                                                staff))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> queries.handle(new FindKeyProjectsQuery(1999, null, null, null, null), staff))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> queries.handle(new FindKeyProjectQuery(2026, "lead 1", null, null), staff))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("leadId");
    }
}
