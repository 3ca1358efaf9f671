package org.zhaoshang.crm.supervision.query;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.performance.api.ProjectPromises;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.Cockpit;
import org.zhaoshang.crm.supervision.api.query.FindCockpitQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.FindLeaderLightsQuery;
import org.zhaoshang.crm.supervision.api.query.FindProblemsQuery;
import org.zhaoshang.crm.supervision.api.query.InstructionRow;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.LeaderLights;
import org.zhaoshang.crm.supervision.api.query.ProblemList;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The answers of supervision: key projects with their lights, a dossier, problems, a leader's cockpit, leaders ×
 * lights, each at a day as known now or then, judged when asked from {@link SupervisionProjection}. Who sees what:
 * staff and managers every key project and problem; a leader only the key projects they answer for on the day (and
 * their problems); managers any leader's cockpit and the leaders × lights; nobody else anything.
 */
@Component
class SupervisionQueries {

    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final int COCKPIT_INSTRUCTIONS = 20;
    private static final String KEY_PROJECTS = "Key projects";

    private final SupervisionProjection projection;
    private final Supplier<RulesInForce> rules;
    private final ProjectPromises promises;
    private final Clock clock;

    @Autowired
    SupervisionQueries(SupervisionProjection projection, LightRulesProjection rules, ProjectPromises promises,
                       Clock clock) {
        this(projection, rules::rulesInForce, promises, clock);
    }

    SupervisionQueries(SupervisionProjection projection, Supplier<RulesInForce> rules, ProjectPromises promises,
                       Clock clock) {
        this.projection = projection;
        this.rules = rules;
        this.promises = promises;
        this.clock = clock;
    }

    @QueryHandler
    KeyProjectList handle(FindKeyProjectsQuery query, MetaData metaData) {
        Caller caller = requireSupervision(metaData);
        SupervisionAtDay look = look(query.year(), query.asOf(), query.knowledge());
        int year = year(query.year(), look);
        String leader = query.leader();
        if (!seesAll(caller)) {
            if (leader != null && !leader.equals(caller.id())) {
                throw new NotPermittedException("A leader sees the key projects they answer for, not another's");
            }
            leader = caller.id();
        }
        String wanted = leader;
        List<KeyProjectRow> rows = look.rows(year).stream()
                                       .filter(row -> wanted == null || wanted.equals(row.leader()))
                                       .filter(row -> query.light() == null || query.light() == row.light())
                                       .toList();
        return new KeyProjectList(year, look.day(), rows);
    }

    @QueryHandler
    KeyProjectDossier handle(FindKeyProjectQuery query, MetaData metaData) {
        Caller caller = requireSupervision(metaData);
        new Violations().identifier("leadId", query.leadId()).throwIfAny();
        SupervisionAtDay look = look(query.year(), query.asOf(), query.knowledge());
        KeyProjectMarks project = projection.keyProject(KeyProjectIds.of(query.year(), query.leadId()));
        KeyProjectMarks.AtDay designation = project == null ? null : project.at(look.day(), knownThen(query
                                                                                                          .knowledge()));
        if (designation == null || !seesAll(caller) && !caller.id().equals(designation.designation().leader())) {
            throw new NotFoundException("No key project " + query.year() + " of lead " + query.leadId());
        }
        List<ProblemRow> problems = projection.problemsOf(project.leadId()).stream().map(look::problemRow)
                                              .filter(Objects::nonNull).sorted(SupervisionAtDay.MOST_OVERDUE_FIRST)
                                              .toList();
        List<KeyProjectDossier.DesignationEntry> designations = designation.entries().stream().map(
                entry -> entry.designation() == null
                         ? new KeyProjectDossier.DesignationEntry(entry.on(), entry.by(), null, null, null,
                                                                  entry.stoppedReason())
                         : new KeyProjectDossier.DesignationEntry(entry.on(), entry.by(),
                                                                  entry.designation().leader(),
                                                                  entry.designation().department(),
                                                                  entry.designation().goal(), null)).toList();
        return new KeyProjectDossier(look.row(project, designation), designation.stoppedReason(), designations,
                                     problems, look.instructions(project), look.progress(project.leadId()),
                                     lights(project, designation, look), look.followUps(project.leadId()));
    }

    /**
     * Every change of the project's colour in its present spell as a key project (to the day, or to the day before it
     * stopped), each day as known now or as known that day, under the rules in force that day.
     */
    private static List<KeyProjectDossier.LightChange> lights(KeyProjectMarks project,
                                                              KeyProjectMarks.AtDay designation,
                                                              SupervisionAtDay look) {
        LocalDate to = designation.key() ? look.day()
                                         : designation.entries().get(designation.entries().size() - 1).on()
                                                      .minusDays(1);
        return LightJudge.history(designation.since(), to, day -> {
            SupervisionAtDay then = look.on(day);
            KeyProjectMarks.AtDay held = project.at(day, look.knownThen());
            return then.inputs(project, held == null || !held.key() ? designation : held);
        }, day -> look.on(day).rules());
    }

    @QueryHandler
    ProblemList handle(FindProblemsQuery query, MetaData metaData) {
        Caller caller = requireSupervision(metaData);
        new Violations().maxLength("department", query.department(), Violations.MAX_NAME_LENGTH)
                        .maxLength("leadId", query.leadId(), Violations.MAX_NAME_LENGTH).throwIfAny();
        SupervisionAtDay look = look(null, query.asOf(), query.knowledge());
        Set<String> leads = seesAll(caller) ? null : leadsOf(caller.id(), look);
        List<ProblemRow> rows = (query.leadId() == null ? projection.problems()
                                                        : projection.problemsOf(query.leadId())).stream()
                .filter(problem -> leads == null || leads.contains(problem.leadId()))
                .filter(problem -> query.department() == null || query.department().equals(problem.department()))
                .map(look::problemRow).filter(Objects::nonNull)
                .filter(row -> query.status() == null || query.status() == row.status())
                .filter(row -> query.level() == null || query.level() == row.escalation())
                .sorted(SupervisionAtDay.MOST_OVERDUE_FIRST).toList();
        return new ProblemList(rows.size() > ProblemList.MAX_ROWS ? rows.subList(0, ProblemList.MAX_ROWS) : rows,
                               rows.size());
    }

    @QueryHandler
    Cockpit handle(FindCockpitQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        String leader = query.leader() == null ? caller.id() : query.leader();
        if (leader.equals(caller.id())) {
            caller.require("A cockpit", Role.LEADER, Role.MANAGER);
        } else {
            caller.require("Another leader's cockpit", Role.MANAGER);
        }
        SupervisionAtDay look = look(query.year(), query.asOf(), query.knowledge());
        int year = year(query.year(), look);
        List<KeyProjectRow> rows = look.rows(year).stream().filter(row -> leader.equals(row.leader())).toList();
        Set<String> leads = rows.stream().map(KeyProjectRow::leadId).collect(Collectors.toSet());
        List<ProblemRow> red = leads.stream().flatMap(lead -> projection.problemsOf(lead).stream())
                                    .map(look::problemRow).filter(Objects::nonNull)
                                    .filter(row -> row.escalation() == Escalation.RED)
                                    .sorted(SupervisionAtDay.MOST_OVERDUE_FIRST).toList();
        List<InstructionRow> instructions = projection.keyProjects().stream()
                .filter(project -> project.year() == year && leads.contains(project.leadId()))
                .flatMap(project -> look.instructions(project).stream())
                .sorted(Comparator.comparing(InstructionRow::writtenOn).reversed()
                                  .thenComparing(InstructionRow::instructionId))
                .limit(COCKPIT_INSTRUCTIONS).toList();
        return new Cockpit(leader, year, look.day(), rows, red, instructions);
    }

    @QueryHandler
    List<LeaderLights> handle(FindLeaderLightsQuery query, MetaData metaData) {
        Caller.from(metaData).require("Leaders and their lights", Role.MANAGER);
        SupervisionAtDay look = look(query.year(), query.asOf(), query.knowledge());
        Map<String, List<KeyProjectRow>> byLeader = new TreeMap<>();
        look.rows(year(query.year(), look)).forEach(
                row -> byLeader.computeIfAbsent(row.leader(), leader -> new ArrayList<>()).add(row));
        List<LeaderLights> lights = new ArrayList<>();
        byLeader.forEach((leader, rows) -> lights.add(new LeaderLights(
                leader, count(rows, Light.GREEN), count(rows, Light.YELLOW), count(rows, Light.RED),
                rows.stream().mapToInt(KeyProjectRow::openProblems).sum(),
                rows.stream().mapToInt(KeyProjectRow::redProblems).sum())));
        lights.sort(Comparator.comparingInt(LeaderLights::red).reversed()
                              .thenComparing(Comparator.comparingInt(LeaderLights::yellow).reversed())
                              .thenComparing(LeaderLights::leader));
        return lights;
    }

    private static int count(List<KeyProjectRow> rows, Light light) {
        return (int) rows.stream().filter(row -> row.light() == light).count();
    }

    /** The leads of the key projects the leader answers for on the day (of the day's year). */
    private Set<String> leadsOf(String leader, SupervisionAtDay look) {
        return projection.keyProjects().stream()
                         .filter(project -> project.year() == look.day().getYear())
                         .filter(project -> {
                             KeyProjectMarks.AtDay designation = project.at(look.day(), look.knownThen());
                             return designation != null && designation.key()
                                    && leader.equals(designation.designation().leader());
                         }).map(KeyProjectMarks::leadId).collect(Collectors.toSet());
    }

    /** The day looked at (today when none), after the parameters' checks. */
    private SupervisionAtDay look(Integer year, LocalDate asOf, Knowledge knowledge) {
        LocalDate today = BureauTime.today(clock);
        new Violations().between("year", year, FIRST_DAY.getYear(), 2100)
                        .check(asOf == null || !asOf.isBefore(FIRST_DAY) && !asOf.isAfter(today), "asOf", "range",
                               "must be between " + FIRST_DAY + " and today (" + today + ")")
                        .throwIfAny();
        return new SupervisionAtDay(projection, rules.get(), promises, asOf == null ? today : asOf,
                                    knownThen(knowledge));
    }

    /** The year asked, else the year of the day looked at. */
    private static int year(Integer year, SupervisionAtDay look) {
        return year != null ? year : look.day().getYear();
    }

    private static boolean knownThen(Knowledge knowledge) {
        return knowledge == Knowledge.AS_KNOWN_THEN;
    }

    private static Caller requireSupervision(MetaData metaData) {
        Caller caller = Caller.from(metaData);
        caller.require(KEY_PROJECTS, Role.STAFF, Role.MANAGER, Role.LEADER);
        return caller;
    }

    private static boolean seesAll(Caller caller) {
        return caller.seesAllLeads();
    }
}
