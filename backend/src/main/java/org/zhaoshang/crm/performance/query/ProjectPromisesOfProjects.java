package org.zhaoshang.crm.performance.query;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.performance.api.LeadPromises;
import org.zhaoshang.crm.performance.api.LeadPromises.MilestonePromise;
import org.zhaoshang.crm.performance.api.ProjectPromises;
import org.zhaoshang.crm.project.api.value.Milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ProjectPromises} from the projects {@link PerformanceProjection} keeps in memory, each seen on the day. */
@Component
class ProjectPromisesOfProjects implements ProjectPromises {

    private static final Comparator<ProjectAtDay> OLDEST_AGREEMENT_FIRST =
            Comparator.comparing((ProjectAtDay atDay) -> atDay.project.signedOn())
                      .thenComparing(atDay -> atDay.project.projectId());

    private final PerformanceProjection projection;

    ProjectPromisesOfProjects(PerformanceProjection projection) {
        this.projection = projection;
    }

    @Override
    public Optional<LeadPromises> promisesOf(String leadId, LocalDate day, Knowledge knowledge) {
        boolean knownThen = knowledge == Knowledge.AS_KNOWN_THEN;
        List<ProjectAtDay> standing = new ArrayList<>();
        for (TrackedProject project : projection.projectsOf(leadId)) {
            ProjectAtDay atDay = ProjectAtDay.of(project, day, knownThen);
            if (atDay != null) {
                standing.add(atDay);
            }
        }
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        standing.sort(OLDEST_AGREEMENT_FIRST);
        List<String> projectIds = new ArrayList<>();
        List<MilestonePromise> milestones = new ArrayList<>();
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal verified = BigDecimal.ZERO;
        for (ProjectAtDay project : standing) {
            projectIds.add(project.project.projectId());
            for (Milestone milestone : project.kind.chain()) {
                LocalDate promisedOn = project.promised(milestone);
                if (promisedOn != null) {
                    LocalDate reachedOn = project.reached.get(milestone);
                    long overdue = reachedOn != null ? 0 : Math.max(0, ChronoUnit.DAYS.between(promisedOn, day));
                    milestones.add(new MilestonePromise(project.project.projectId(), milestone, promisedOn,
                                                        reachedOn, overdue));
                }
            }
            committed = committed.add(project.capitalCommittedWan);
            due = due.add(project.capitalDueWan);
            verified = verified.add(project.capitalVerifiedWan);
        }
        return Optional.of(new LeadPromises(leadId, day, projectIds, milestones, committed, due, verified));
    }
}
