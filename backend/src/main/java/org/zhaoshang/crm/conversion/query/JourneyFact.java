package org.zhaoshang.crm.conversion.query;

import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.time.LocalDate;

/** A fact of a lead's way through the pipeline: when it happened, and the bureau's day it was recorded. */
sealed interface JourneyFact {

    LocalDate occurredOn();

    LocalDate recordedOn();

    /** The day from which a look back counts the fact: when it happened, or when it was recorded. */
    default LocalDate knownOn(Knowledge knowledge) {
        return knowledge == Knowledge.AS_KNOWN_THEN ? recordedOn() : occurredOn();
    }

    /** Entered {@code to}; {@code from} is null when the lead was identified. */
    record Moved(Stage from, Stage to, LocalDate occurredOn, LocalDate recordedOn) implements JourneyFact {
    }

    record Lost(Stage stage, LossReason reason, String competingLocation, LocalDate occurredOn, LocalDate recordedOn)
            implements JourneyFact {
    }

    /** {@code stage} is entered without its gate's data, as an import recorded it (the move follows). */
    record GateDataMissing(Stage stage, LocalDate occurredOn, LocalDate recordedOn) implements JourneyFact {
    }

    record Held(Stage stage, LocalDate occurredOn, LocalDate recordedOn) implements JourneyFact {
    }

    record Reopened(Stage stage, LocalDate occurredOn, LocalDate recordedOn) implements JourneyFact {
    }
}
