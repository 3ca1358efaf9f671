package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.keyproject.api.Designation;

import java.time.LocalDate;
import java.util.List;

/**
 * A lead's key-project designation for a year: every designation and stop, and the leader's instructions, each with
 * the day it happened and the day it was recorded.
 *
 * @param entries      designations and stops in the order recorded
 * @param instructions the leader's instructions in the order written
 */
record KeyProjectMarks(String keyProjectId, int year, String leadId, long version, List<Entry> entries,
                       List<Instruction> instructions) implements Marks {

    KeyProjectMarks {
        entries = List.copyOf(entries);
        instructions = List.copyOf(instructions);
    }

    @Override
    public String id() {
        return keyProjectId;
    }

    /**
     * A designation ({@code designation} set) or a stop ({@code stoppedReason} set).
     */
    record Entry(Designation designation, String stoppedReason, String by, LocalDate on, LocalDate recordedOn) {
    }

    record Instruction(String instructionId, String problemId, String text, String leader, LocalDate writtenOn,
                       LocalDate recordedOn) {
    }

    /**
     * The designation as known at the day, or null when the lead was not yet designated.
     *
     * @param designation   the last designation known
     * @param since         the day the present spell as a key project began
     * @param stoppedReason why it stopped, when the last entry known is a stop
     */
    record AtDay(Designation designation, LocalDate since, String stoppedReason, List<Entry> entries) {

        boolean key() {
            return stoppedReason == null;
        }
    }

    AtDay at(LocalDate day, boolean knownThen) {
        Designation designation = null;
        LocalDate since = null;
        String stoppedReason = null;
        List<Entry> known = entries.stream().filter(entry -> Marks.known(entry.on(), entry.recordedOn(), day,
                                                                           knownThen)).toList();
        for (Entry entry : known) {
            if (entry.designation() != null) {
                if (designation == null || stoppedReason != null) {
                    since = entry.on();
                }
                designation = entry.designation();
                stoppedReason = null;
            } else if (designation != null) {
                stoppedReason = entry.stoppedReason();
            }
        }
        return designation == null ? null : new AtDay(designation, since, stoppedReason, known);
    }
}
