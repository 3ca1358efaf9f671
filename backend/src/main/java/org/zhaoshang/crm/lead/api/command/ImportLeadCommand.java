package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.List;

/**
 * A lead brought in from a bureau's sheet: the real commands of one row (creating the lead, its figures, contacts,
 * activities and the move to the stage the sheet gives), decided by the same rules and recorded together, or not at
 * all. Every part names the same lead.
 *
 * @param numbers  the figures; none if null
 * @param move     the move to the sheet's stage; none if null
 * @param dryRun   decide only: every part is checked as if recorded, then {@link ImportCheckPassedException} is
 *                 thrown instead, and nothing is stored
 * @param stagePolicy what to do when the move lacks what the stage gates ask for; answered by an
 *                 {@link ImportedStage}
 * @param record   what the row said beyond the lead's fields (remarks, unmapped columns); none if null
 * @param hold     the lead put on hold at its stage, when the sheet says so (暂缓); none if null
 * @param lost     the lead marked lost at its stage, when the sheet says so (流失); none if null
 */
public record ImportLeadCommand(@TargetAggregateIdentifier String leadId,
                                CreateLeadCommand create,
                                UpdateLeadNumbersCommand numbers,
                                List<AddContactCommand> contacts,
                                List<LogActivityCommand> activities,
                                MoveLeadToStageCommand move,
                                boolean dryRun,
                                StagePolicy stagePolicy,
                                RecordLeadImportCommand record,
                                PutLeadOnHoldCommand hold,
                                MarkLeadLostCommand lost) implements ValidatedCommand {

    /** An import that refuses a stage whose gates are not met. */
    public ImportLeadCommand(String leadId, CreateLeadCommand create, UpdateLeadNumbersCommand numbers,
                             List<AddContactCommand> contacts, List<LogActivityCommand> activities,
                             MoveLeadToStageCommand move, boolean dryRun) {
        this(leadId, create, numbers, contacts, activities, move, dryRun, StagePolicy.STRICT, null, null, null);
    }

    /** An import without a hold or a loss. */
    public ImportLeadCommand(String leadId, CreateLeadCommand create, UpdateLeadNumbersCommand numbers,
                             List<AddContactCommand> contacts, List<LogActivityCommand> activities,
                             MoveLeadToStageCommand move, boolean dryRun, StagePolicy stagePolicy,
                             RecordLeadImportCommand record) {
        this(leadId, create, numbers, contacts, activities, move, dryRun, stagePolicy, record, null, null);
    }

    public ImportLeadCommand {
        stagePolicy = stagePolicy == null ? StagePolicy.STRICT : stagePolicy;
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** The same row, to be decided only. */
    public ImportLeadCommand asDryRun() {
        return new ImportLeadCommand(leadId, create, numbers, contacts, activities, move, true, stagePolicy, record,
                                     hold, lost);
    }

    /** The same row, with what it said beyond the lead's fields. */
    public ImportLeadCommand withRecord(RecordLeadImportCommand rowRecord) {
        return new ImportLeadCommand(leadId, create, numbers, contacts, activities, move, dryRun, stagePolicy,
                                     rowRecord, hold, lost);
    }

    /** The same row, its stage placed by this policy. */
    public ImportLeadCommand withPolicy(StagePolicy policy) {
        return new ImportLeadCommand(leadId, create, numbers, contacts, activities, move, dryRun, policy, record,
                                     hold, lost);
    }

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations
                .required("leadId", leadId)
                .required("create", create)
                .check(leadId == null || create == null || leadId.equals(create.leadId())
                               && (numbers == null || leadId.equals(numbers.leadId()))
                               && contacts.stream().allMatch(contact -> leadId.equals(contact.leadId()))
                               && activities.stream().allMatch(activity -> leadId.equals(activity.leadId()))
                               && (move == null || leadId.equals(move.leadId()))
                               && (record == null || leadId.equals(record.leadId()))
                               && (hold == null || leadId.equals(hold.leadId()))
                               && (lost == null || leadId.equals(lost.leadId())),
                       "leadId", "mismatch", "every part of an import names the same lead")
                .check(hold == null || lost == null, "hold", "one-of", "a lead is either on hold or lost");
    }
}
