package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What supervision keeps of every lead (any lead may become a key project, with its past): the names its rows show,
 * and its stage moves and activities with the company, each with the day it happened and the day it was recorded.
 *
 * @param moves      every stage move, in the order recorded
 * @param activities every activity by id, each with every version (corrections) and the day it was retracted
 * @param followUps  every follow-up by id, with each due day and the day it was set, and the day it was done
 */
record LeadMarks(String leadId, long version, String company, SourceMarket market, String owner,
                 List<StageMove> moves, Map<String, Activity> activities, Map<String, FollowUp> followUps)
        implements Marks {

    LeadMarks {
        moves = List.copyOf(moves);
        activities = new TreeMap<>(activities);
        followUps = followUps == null ? Map.of() : new TreeMap<>(followUps); // documents kept before follow-ups
    }

    @Override
    public String id() {
        return leadId;
    }

    /** The stage at the end of the day (LEAD before any move known). */
    Stage stageAt(LocalDate day, boolean knownThen) {
        Stage stage = Stage.LEAD;
        for (StageMove move : moves) {
            if (Marks.known(move.on(), move.recordedOn(), day, knownThen)) {
                stage = move.to();
            }
        }
        return stage;
    }

    record StageMove(Stage from, Stage to, LocalDate on, LocalDate recordedOn) {

        /** A move to a later stage: progress (a move back is not). */
        boolean forward() {
            return from == null || to.compareTo(from) > 0;
        }
    }

    /**
     * A follow-up as scheduled and rescheduled (each due day with the day it was recorded: a follow-up has no day of
     * its own but the day it was set), and the day it was recorded done (null while open).
     */
    record FollowUp(String nextStep, String assignee, List<Due> dues, LocalDate doneOn) {

        FollowUp {
            dues = List.copyOf(dues);
        }

        /** The day it is due at the end of {@code day}, or null when it was not set by then or was done by then. */
        LocalDate dueAt(LocalDate day) {
            if (doneOn != null && !doneOn.isAfter(day)) {
                return null;
            }
            LocalDate due = null;
            for (Due set : dues) {
                if (!set.recordedOn().isAfter(day)) {
                    due = set.dueOn();
                }
            }
            return due;
        }

        record Due(LocalDate dueOn, LocalDate recordedOn) {
        }
    }

    /**
     * An activity as logged, then corrected (each version with the day it was recorded), and the day it was retracted
     * (null while it stands).
     */
    record Activity(List<Version> versions, LocalDate retractedOn) {

        Activity {
            versions = List.copyOf(versions);
        }

        /** The version that held at the day (as known now: the last), or null when none was known or it was retracted. */
        Version at(LocalDate day, boolean knownThen) {
            if (retractedOn != null && (!knownThen || !retractedOn.isAfter(day))) {
                return null;
            }
            Version held = null;
            for (Version version : versions) {
                if (!knownThen || !version.recordedOn().isAfter(day)) {
                    held = version;
                }
            }
            return held == null || held.on() == null || held.on().isAfter(day) ? null : held;
        }

        record Version(ActivityType type, LocalDate on, LocalDate recordedOn) {
        }
    }
}
