package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.LossReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * Records that a lead was lost (流失).
 *
 * @param detail            free text; required for {@link LossReason#OTHER}
 * @param competingLocation where the project went instead, if known; required for
 *                          {@link LossReason#CHOSE_OTHER_LOCATION}
 * @param occurredOn        the day it was lost; today if null
 */
public record MarkLeadLostCommand(@TargetAggregateIdentifier String leadId,
                                  LossReason reason,
                                  String detail,
                                  String competingLocation,
                                  LocalDate occurredOn,
                                  @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.required("reason", reason)
                         .check(reason != LossReason.OTHER || Texts.hasText(detail),
                                "detail", "required", "say what happened when the reason is OTHER")
                         .check(reason != LossReason.CHOSE_OTHER_LOCATION || Texts.hasText(competingLocation),
                                "competingLocation", "required", "name the location the company chose")
                         .maxLength("detail", detail, Violations.MAX_TEXT_LENGTH)
                         .maxLength("competingLocation", competingLocation, Violations.MAX_NAME_LENGTH)
                         .notAfter("occurredOn", occurredOn, today);
    }
}
