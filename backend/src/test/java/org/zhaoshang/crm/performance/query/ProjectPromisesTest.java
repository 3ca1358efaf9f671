package org.zhaoshang.crm.performance.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.performance.api.LeadPromises;
import org.zhaoshang.crm.performance.api.LeadPromises.MilestonePromise;
import org.zhaoshang.crm.performance.api.ProjectPromises;
import org.zhaoshang.crm.performance.query.PerformanceFixture.Numbered;
import org.zhaoshang.crm.project.api.ProjectReinstatedEvent;
import org.zhaoshang.crm.project.api.ProjectWithdrawnEvent;
import org.zhaoshang.crm.project.api.value.Milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.conversion.api.Knowledge.AS_KNOWN_NOW;
import static org.zhaoshang.crm.conversion.api.Knowledge.AS_KNOWN_THEN;
import static org.zhaoshang.crm.performance.query.PerformanceFixture.day;

/**
 * The promises of a lead's signed projects at a day, as the lights and the cockpit of key projects read them, from
 * {@link PerformanceFixture}'s handmade projects: on time, late, overdue, not yet due, as known now and then.
 */
class ProjectPromisesTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static ProjectPromises promises(String database, List<Numbered> events) {
        PerformanceProjection projection = new PerformanceProjection(STORE.database(database),
                                                                     PerformanceFixture.PROJECT_LEADS,
                                                                     new ObjectMapper().findAndRegisterModules());
        events.forEach(numbered -> projection.on(numbered.event(), numbered.sequence()));
        return new ProjectPromisesOfProjects(projection);
    }

    private static MilestonePromise milestone(LeadPromises promises, Milestone milestone) {
        return promises.milestones().stream().filter(promise -> promise.milestone() == milestone).findFirst()
                       .orElseThrow();
    }

    @Test
    void eachPromisedMilestoneWithItsDayTheDayItWasReachedAndHowLateItIs() {
        LeadPromises p1 = promises("promises-p1", PerformanceFixture.events())
                .promisesOf("lead-1", day("2026-06-30"), AS_KNOWN_NOW).orElseThrow();

        assertThat(p1.milestones()).containsExactly(
                new MilestonePromise("p-1", Milestone.REGISTERED, day("2025-03-01"), day("2025-02-20"), 0),
                new MilestonePromise("p-1", Milestone.MOVED_IN, day("2025-06-01"), null, 394),
                new MilestonePromise("p-1", Milestone.OPERATING, day("2026-12-31"), null, 0));
        assertThat(p1.capitalCommittedWan()).isEqualByComparingTo("2500");
        assertThat(p1.capitalDueWan()).isEqualByComparingTo("2000");
        assertThat(p1.capitalVerifiedWan()).as("the 300 of June are not verified").isEqualByComparingTo("1800");
        assertThat(p1.projectIds()).containsExactly("p-1");
    }

    @Test
    void aMilestoneReachedLateIsOverdueUntilItHappenedAndNotAfter() {
        ProjectPromises promises = promises("promises-p2", PerformanceFixture.events());
        assertThat(milestone(promises.promisesOf("lead-2", day("2025-06-20"), AS_KNOWN_NOW).orElseThrow(),
                             Milestone.REGISTERED))
                .isEqualTo(new MilestonePromise("p-2", Milestone.REGISTERED, day("2025-06-01"), null, 19));
        assertThat(milestone(promises.promisesOf("lead-2", day("2025-07-01"), AS_KNOWN_NOW).orElseThrow(),
                             Milestone.REGISTERED))
                .isEqualTo(new MilestonePromise("p-2", Milestone.REGISTERED, day("2025-06-01"), day("2025-07-01"),
                                                0));
    }

    @Test
    void asKnownThenAFactCountsOnlyOnceVerifiedAndAPromiseOnlyOnceMade() {
        ProjectPromises promises = promises("promises-then", PerformanceFixture.events());
        LocalDate january = day("2026-01-15");
        // construction started on 2025-12-20, recorded on 2026-03-01, verified on 2026-03-10
        assertThat(milestone(promises.promisesOf("lead-2", january, AS_KNOWN_NOW).orElseThrow(),
                             Milestone.CONSTRUCTION_STARTED).reachedOn()).isEqualTo(day("2025-12-20"));
        assertThat(milestone(promises.promisesOf("lead-2", january, AS_KNOWN_THEN).orElseThrow(),
                             Milestone.CONSTRUCTION_STARTED))
                .isEqualTo(new MilestonePromise("p-2", Milestone.CONSTRUCTION_STARTED, day("2026-01-01"), null, 14));
        // registration first promised for 2025-10-01, promised anew on 2026-03-01 for 2026-09-01
        LocalDate february = day("2026-02-01");
        assertThat(promises.promisesOf("lead-3", february, AS_KNOWN_THEN).orElseThrow().milestones()).containsExactly(
                new MilestonePromise("p-3", Milestone.REGISTERED, day("2025-10-01"), null, 123));
        assertThat(promises.promisesOf("lead-3", february, AS_KNOWN_NOW).orElseThrow().milestones()).containsExactly(
                new MilestonePromise("p-3", Milestone.REGISTERED, day("2026-09-01"), null, 0));
        // capital of 800 arrived on 2025-12-01, verified on 2026-01-05
        LocalDate december = day("2025-12-15");
        assertThat(promises.promisesOf("lead-1", december, AS_KNOWN_THEN).orElseThrow().capitalVerifiedWan())
                .isEqualByComparingTo("1000");
        assertThat(promises.promisesOf("lead-1", december, AS_KNOWN_NOW).orElseThrow().capitalVerifiedWan())
                .isEqualByComparingTo("1800");
    }

    @Test
    void noPromisesBeforeTheSignatureNorOfAWithdrawnProjectNorOfAnotherLead() {
        List<Numbered> events = new ArrayList<>(PerformanceFixture.events());
        events.add(new Numbered(new ProjectWithdrawnEvent("p-4", "lead-4", "li.na", day("2026-06-01"), "lost"), 3));
        ProjectPromises promises = promises("promises-withdrawn", events);

        assertThat(promises.promisesOf("lead-4", day("2026-02-28"), AS_KNOWN_NOW)).as("signed on 2026-03-01")
                                                                                  .isEmpty();
        assertThat(promises.promisesOf("lead-4", day("2026-07-01"), AS_KNOWN_NOW)).isEmpty();
        assertThat(promises.promisesOf("lead-4", day("2026-05-01"), AS_KNOWN_THEN))
                .as("as known then, it stood before it was withdrawn").isPresent();
        assertThat(promises.promisesOf("lead-9", day("2026-07-01"), AS_KNOWN_NOW)).isEmpty();

        events.add(new Numbered(new ProjectReinstatedEvent("p-4", "lead-4", "li.na", day("2026-06-10")), 4));
        assertThat(promises("promises-reinstated", events).promisesOf("lead-4", day("2026-07-01"), AS_KNOWN_NOW))
                .isPresent();
    }

    @Test
    void aLeadsProjectsAddUpOldestAgreementFirst() {
        List<Numbered> events = new ArrayList<>(PerformanceFixture.events());
        events.addAll(PerformanceFixture.secondPhaseOfLead1());
        LeadPromises both = promises("promises-phases", events)
                .promisesOf("lead-1", day("2026-06-30"), Knowledge.AS_KNOWN_NOW).orElseThrow();

        assertThat(both.projectIds()).containsExactly("p-1", "p-1b");
        assertThat(both.milestones()).extracting(MilestonePromise::projectId)
                                     .containsExactly("p-1", "p-1", "p-1", "p-1b");
        assertThat(both.capitalCommittedWan()).isEqualByComparingTo(new BigDecimal("2500").add(new BigDecimal("700")));
        assertThat(both.capitalDueWan()).isEqualByComparingTo("2700");
    }

    @Test
    void everyDayOfAYearIsCheap() {
        ProjectPromises promises = promises("promises-year", PerformanceFixture.events());
        promises.promisesOf("lead-2", day("2026-01-01"), AS_KNOWN_THEN); // loaded once
        long started = System.nanoTime();
        int answered = 0;
        for (int key = 0; key < 54; key++) {
            for (LocalDate day = day("2025-07-01"); day.isBefore(day("2026-07-01")); day = day.plusDays(1)) {
                answered += promises.promisesOf("lead-" + (key % 4 + 1), day, AS_KNOWN_THEN).isPresent() ? 1 : 0;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(answered).isGreaterThan(54 * 200);
        assertThat(millis).as("a year of days of 54 leads").isLessThan(2_000);
    }
}
