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
 */
public record ImportLeadCommand(@TargetAggregateIdentifier String leadId,
                                CreateLeadCommand create,
                                UpdateLeadNumbersCommand numbers,
                                List<AddContactCommand> contacts,
                                List<LogActivityCommand> activities,
                                MoveLeadToStageCommand move,
                                boolean dryRun,
                                StagePolicy stagePolicy,
                                RecordLeadImportCommand record) implements ValidatedCommand {

    /** An import that refuses a stage whose gates are not met. */
    public ImportLeadCommand(String leadId, CreateLeadCommand create, UpdateLeadNumbersCommand numbers,
                             List<AddContactCommand> contacts, List<LogActivityCommand> activities,
                             MoveLeadToStageCommand move, boolean dryRun) {
        this(leadId, create, numbers, contacts, activities, move, dryRun, StagePolicy.STRICT, null);
    }

    public ImportLeadCommand {
        stagePolicy = stagePolicy == null ? StagePolicy.STRICT : stagePolicy;
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        activities = activities == null ? List.of() : List.copyOf(activities);
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
                               && (record == null || leadId.equals(record.leadId())),
                       "leadId", "mismatch", "every part of an import names the same lead");
    }
}
