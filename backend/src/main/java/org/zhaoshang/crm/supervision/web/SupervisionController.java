package org.zhaoshang.crm.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.Cockpit;
import org.zhaoshang.crm.supervision.api.query.FindCockpitQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.FindLeaderLightsQuery;
import org.zhaoshang.crm.supervision.api.query.FindProblemsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.LeaderLights;
import org.zhaoshang.crm.supervision.api.query.ProblemList;

import java.time.LocalDate;
import java.util.List;

/**
 * Supervision to read (督办): key projects with their lights, one key project's dossier, problems with their
 * escalation, a leader's cockpit, leaders × lights. Staff and managers see all; a leader their own key projects.
 */
@RestController
public class SupervisionController {

    private final QueryGateway queries;

    public SupervisionController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(operationId = "listKeyProjects",
               summary = "Key projects of a year at a day, most urgent first (red, yellow, green), with their lights")
    @GetMapping("/api/key-projects")
    public KeyProjectList keyProjects(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) String leader,
                                      @RequestParam(required = false) Light light,
                                      @RequestParam(required = false) LocalDate asOf,
                                      @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge) {
        return queries.query(new FindKeyProjectsQuery(year, leader, light, asOf, knowledge),
                             ResponseTypes.instanceOf(KeyProjectList.class)).join();
    }

    @Operation(operationId = "getKeyProject",
               summary = "One key project in full: designations, problems, instructions, progress, every light")
    @GetMapping("/api/key-projects/{year}/{leadId}")
    public KeyProjectDossier keyProject(@PathVariable int year, @PathVariable String leadId,
                                        @RequestParam(required = false) LocalDate asOf,
                                        @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge) {
        return queries.query(new FindKeyProjectQuery(year, leadId, asOf, knowledge),
                             ResponseTypes.instanceOf(KeyProjectDossier.class)).join();
    }

    @Operation(operationId = "listProblems",
               summary = "Problems by status, department, escalation and lead at a day, most overdue first")
    @GetMapping("/api/problems")
    public ProblemList problems(@RequestParam(required = false) ProblemStatus status,
                                @RequestParam(required = false) String department,
                                @RequestParam(required = false) Escalation level,
                                @RequestParam(required = false) String leadId,
                                @RequestParam(required = false) LocalDate asOf) {
        return queries.query(new FindProblemsQuery(status, department, level, leadId, asOf),
                             ResponseTypes.instanceOf(ProblemList.class)).join();
    }

    @Operation(operationId = "getCockpit",
               summary = "A leader's cockpit (the caller's when no leader is named): key projects, red problems, "
                         + "instructions")
    @GetMapping("/api/cockpit")
    public Cockpit cockpit(@RequestParam(required = false) String leader,
                           @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) LocalDate asOf,
                           @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge) {
        return queries.query(new FindCockpitQuery(leader, year, asOf, knowledge),
                             ResponseTypes.instanceOf(Cockpit.class)).join();
    }

    @Operation(operationId = "listLeaderLights", summary = "Managers: every leader's key projects counted by light")
    @GetMapping("/api/cockpit/leaders")
    public List<LeaderLights> leaders(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) LocalDate asOf,
                                      @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge) {
        return queries.query(new FindLeaderLightsQuery(year, asOf, knowledge),
                             ResponseTypes.multipleInstancesOf(LeaderLights.class)).join();
    }
}
