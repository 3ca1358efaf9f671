package org.zhaoshang.crm.performance.api;

import org.zhaoshang.crm.conversion.api.Knowledge;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a lead's signed projects promised against what happened, at a day, for other features (the key projects'
 * lights and the leader's cockpit): read from performance's projects in memory, never from the event log, so that
 * it may be asked for every day of a year. It checks no caller: the feature asking shows it only to whom it may.
 */
public interface ProjectPromises {

    /**
     * The promises of the lead's signed projects that stood at the day (signed by then, not withdrawn; as known then:
     * recorded by then, and withdrawn or reinstated as recorded by then), with the commitments and verified facts
     * known now or then; empty when none stood.
     */
    Optional<LeadPromises> promisesOf(String leadId, LocalDate day, Knowledge knowledge);
}
