package org.zhaoshang.crm.project.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.project.api.value.Commitments;

import java.time.LocalDate;

/** The project's commitments from now on, whole (each change is a fact: who, on which day, what was promised). */
@Revision("1")
public record ProjectCommitmentsChangedEvent(String projectId, String leadId, Commitments commitments,
                                             String changedBy, LocalDate changedOn) implements ProjectEvent {
}
