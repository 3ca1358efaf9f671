package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.document.api.DocumentKind;
import org.zhaoshang.crm.project.api.value.Decision;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;

import java.util.List;

/** A step of a demo lead's signed projects, given by a person in the order listed. */
sealed interface DemoProjectStep {

    String actor();

    /** A command as it is (commitments, a further agreement). */
    record Send(Object command, String actor) implements DemoProjectStep {
    }

    /**
     * A progress fact recorded with its evidence, the documents stored for the lead first.
     *
     * @param fact its evidence is left empty here: the stored documents' ids are added when it is sent
     */
    record Record(String projectId, String progressId, ProgressFact fact, List<Evidence> evidence, String actor)
            implements DemoProjectStep {
    }

    /**
     * A manager's verification of a fact: one the demo recorded ({@code progressId}), or the one the application
     * recorded for the lead's stage ({@code stageMilestone}, its id known once it is there).
     */
    record Verify(String projectId, String progressId, Milestone stageMilestone, Decision decision, String reason,
                  String actor) implements DemoProjectStep {
    }

    /** A tiny generated document: a PDF-like scan or a PNG photo. */
    record Evidence(String fileName, DocumentKind kind) {

        boolean photo() {
            return fileName.endsWith(".png");
        }
    }
}
