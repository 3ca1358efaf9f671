package org.zhaoshang.crm.supervision.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectStoppedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.problem.api.ProblemClosedEvent;
import org.zhaoshang.crm.problem.api.ProblemEvent;
import org.zhaoshang.crm.problem.api.ProblemProgressNotedEvent;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.problem.api.ProblemReopenedEvent;
import org.zhaoshang.crm.problem.api.ProblemResolvedEvent;
import org.zhaoshang.crm.problem.api.ProblemTalkRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.projection.LoadedOnce;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.projection.SharedReadModel;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.query.ProblemEntry;
import org.zhaoshang.crm.supervision.query.KeyProjectMarks.Entry;
import org.zhaoshang.crm.supervision.query.KeyProjectMarks.Instruction;
import org.zhaoshang.crm.supervision.query.ProblemMarks.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What key projects' lights, rows and problems are judged from, at any day, as known now or then: every lead's stage
 * moves and activities, each key project's designations and instructions, each problem's steps, each signed project's
 * verified progress ({@link Marks}), each fact with the day it happened and the day it was recorded. One document per
 * aggregate in four collections (stored once per batch), and all of them in memory, loaded once; the lights are
 * judged when asked, never stored, so a change of rules needs no rebuild.
 * <p>
 * Idempotent: an event an aggregate's marks already contain (by its version) changes nothing. With several nodes each
 * stores the aggregates of its own segments; a lead is reloaded through the lead version guard, the other aggregates
 * from what was stored since the last look ({@link #reloadStoredSince}).
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class SupervisionProjection implements SharedReadModel {

    public static final String LEADS = "supervision_leads";
    public static final String KEY_PROJECTS = "supervision_key_projects";
    public static final String PROBLEMS = "supervision_problems";
    public static final String PROJECTS = "supervision_projects";

    private final KeptMarks<LeadMarks> leads;
    private final KeptMarks<KeyProjectMarks> keyProjects;
    private final KeptMarks<ProblemMarks> problems;
    private final KeptMarks<ProjectMarks> projects;
    private final LoadedOnce loaded = new LoadedOnce(this::load);

    public SupervisionProjection(MongoDatabase database, ObjectMapper json) {
        this.leads = new KeptMarks<>(database, LEADS, LeadMarks.class, json);
        this.keyProjects = new KeptMarks<>(database, KEY_PROJECTS, KeyProjectMarks.class, json);
        this.problems = new KeptMarks<>(database, PROBLEMS, ProblemMarks.class, json);
        this.projects = new KeptMarks<>(database, PROJECTS, ProjectMarks.class, json);
    }

    /** A lead's versions skip the events that change nothing kept: the lead version guard follows other nodes. */
    @EventHandler
    void on(LeadEvent event, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        loaded.ensure();
        leads.apply(event.leadId(), version, false,
                    lead -> LeadMarking.apply(lead, event, version, day(recordedAt)));
    }

    @EventHandler
    void on(KeyProjectEvent event, @SequenceNumber long version) {
        loaded.ensure();
        keyProjects.apply(event.keyProjectId(), version, true, held -> {
            KeyProjectMarks project = held != null ? held : new KeyProjectMarks(
                    event.keyProjectId(), event.year(), event.leadId(), -1, List.of(), List.of());
            List<Entry> entries = new ArrayList<>(project.entries());
            List<Instruction> instructions = new ArrayList<>(project.instructions());
            if (event instanceof KeyProjectDesignatedEvent designated) {
                entries.add(new Entry(designated.designation(), null, designated.by(), designated.on(),
                                      designated.on()));
            } else if (event instanceof KeyProjectStoppedEvent stopped) {
                entries.add(new Entry(null, stopped.reason(), stopped.by(), stopped.on(), stopped.on()));
            } else if (event instanceof InstructionWrittenEvent written) {
                instructions.add(new Instruction(written.instructionId(), written.problemId(), written.text(),
                                                 written.leader(), written.writtenOn(), written.writtenOn()));
            }
            return new KeyProjectMarks(project.keyProjectId(), project.year(), project.leadId(), version, entries,
                                       instructions);
        });
    }

    /** A problem's days are the bureau's days its steps were recorded on (a talk: the day it was held). */
    @EventHandler
    void on(ProblemEvent event, @SequenceNumber long version) {
        loaded.ensure();
        problems.apply(event.problemId(), version, true, held -> {
            if (event instanceof ProblemRaisedEvent raised) {
                return new ProblemMarks(raised.problemId(), raised.leadId(), version, raised.description(),
                                        raised.department(), raised.raisedBy(), List.of(new Step(
                        ProblemEntry.Kind.RAISED, raised.raisedOn(), raised.raisedOn(), raised.raisedBy(),
                        raised.description(), raised.dueOn())));
            }
            if (held == null) {
                return null;
            }
            List<Step> steps = new ArrayList<>(held.steps());
            steps.add(step(event));
            return new ProblemMarks(held.problemId(), held.leadId(), version, held.description(),
                                    held.department(), held.raisedBy(), steps);
        });
    }

    private static Step step(ProblemEvent event) {
        if (event instanceof ProblemProgressNotedEvent noted) {
            return new Step(ProblemEntry.Kind.NOTE, noted.on(), noted.on(), noted.by(), noted.note(), null);
        }
        if (event instanceof ProblemResolvedEvent resolved) {
            return new Step(ProblemEntry.Kind.RESOLVED, resolved.on(), resolved.on(), resolved.by(),
                            resolved.resolution(), null);
        }
        if (event instanceof ProblemClosedEvent closed) {
            return new Step(ProblemEntry.Kind.CLOSED, closed.on(), closed.on(), closed.by(), closed.note(), null);
        }
        if (event instanceof ProblemReopenedEvent reopened) {
            return new Step(ProblemEntry.Kind.REOPENED, reopened.on(), reopened.on(), reopened.by(),
                            reopened.reason(), reopened.dueOn());
        }
        ProblemTalkRecordedEvent talk = (ProblemTalkRecordedEvent) event;
        return new Step(ProblemEntry.Kind.TALK, talk.heldOn(), talk.on(), talk.by(),
                        talk.participants() + ": " + talk.summary(), null);
    }

    /**
     * A verified progress fact counts from the day it happened (a tax payment, which has a year, from the day it was
     * verified), known from the day it was verified. Other project events change nothing kept.
     */
    @EventHandler
    void on(ProgressVerifiedEvent event, @SequenceNumber long version) {
        loaded.ensure();
        projects.apply(event.projectId(), version, false, held -> {
            Map<String, ProjectMarks.Verified> verified = new TreeMap<>(held == null ? Map.of() : held.verified());
            ProgressFact fact = event.fact();
            String what = fact.milestone() == null ? fact.kind().name()
                                                   : fact.kind().name() + " " + fact.milestone().name();
            verified.put(event.progressId(), new ProjectMarks.Verified(
                    what, fact.day() == null ? event.verifiedOn() : fact.day(), event.verifiedOn()));
            return new ProjectMarks(event.projectId(), event.leadId(), version, verified);
        });
    }

    @ResetHandler
    void reset() {
        loaded.reset(() -> {
            leads.clear();
            keyProjects.clear();
            problems.clear();
            projects.clear();
        });
    }

    LeadMarks lead(String leadId) {
        loaded.ensure();
        return leads.get(leadId);
    }

    Collection<KeyProjectMarks> keyProjects() {
        loaded.ensure();
        return keyProjects.all();
    }

    KeyProjectMarks keyProject(String keyProjectId) {
        loaded.ensure();
        return keyProjects.get(keyProjectId);
    }

    Collection<KeyProjectMarks> keyProjectsOf(String leadId) {
        loaded.ensure();
        return keyProjects.ofLead(leadId);
    }

    Collection<ProblemMarks> problems() {
        loaded.ensure();
        return problems.all();
    }

    Collection<ProblemMarks> problemsOf(String leadId) {
        loaded.ensure();
        return problems.ofLead(leadId);
    }

    Collection<ProjectMarks> projectsOf(String leadId) {
        loaded.ensure();
        return projects.ofLead(leadId);
    }

    @Override
    public long reloadLead(String leadId) {
        loaded.ensure();
        return leads.reload(leadId);
    }

    @Override
    public Map<String, Long> leadsStoredSince(Instant since) {
        return leads.storedSince(since);
    }

    /** Key projects, problems and projects are not kept per lead: they follow what other nodes stored since. */
    @Override
    public void reloadStoredSince(Instant since) {
        loaded.ensure();
        keyProjects.reloadStoredSince(since);
        problems.reloadStoredSince(since);
        projects.reloadStoredSince(since);
    }

    private void load() {
        leads.load();
        keyProjects.load();
        problems.load();
        projects.load();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, BureauTime.ZONE);
    }
}
