package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.document.api.DocumentKind;
import org.zhaoshang.crm.document.store.DocumentStore;
import org.zhaoshang.crm.document.store.NewDocument;
import org.zhaoshang.crm.project.api.command.RecordProgressCommand;
import org.zhaoshang.crm.project.api.command.VerifyProgressCommand;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * Gives one demo lead's project plan as its people would: the lead's commands, then (once the application has begun
 * the first project) commitments, evidence stored as documents of the lead, progress recorded with it and verified.
 */
final class DemoProjectSender {

    /** Far more than the reactions take; only a broken start waits this long. */
    private static final Duration FIRST_PROJECT_TIMEOUT = Duration.ofSeconds(60);

    private final BiConsumer<Object, String> commands;
    private final DocumentStore documents;
    private final DemoProjectWatch watch;

    /** @param commands sends a command in the name of a person and waits for it */
    DemoProjectSender(BiConsumer<Object, String> commands, DocumentStore documents, DemoProjectWatch watch) {
        this.commands = commands;
        this.documents = documents;
        this.watch = watch;
    }

    void send(DemoProjectPlan plan) throws InterruptedException, TimeoutException {
        plan.leadCommands().forEach(command -> commands.accept(command.command(), command.actor()));
        Map<Milestone, String> stageFacts = watch.await(plan.firstProjectId(), plan.stageFacts(),
                                                        FIRST_PROJECT_TIMEOUT);
        for (DemoProjectStep step : plan.steps()) {
            if (step instanceof DemoProjectStep.Send send) {
                commands.accept(send.command(), send.actor());
            } else if (step instanceof DemoProjectStep.Record record) {
                List<String> evidence = record.evidence().stream()
                                              .map(document -> store(plan.leadId(), document, record.actor()))
                                              .toList();
                ProgressFact fact = record.fact();
                commands.accept(new RecordProgressCommand(record.projectId(), record.progressId(), new ProgressFact(
                        fact.kind(), fact.day(), fact.amountWan(), fact.milestone(), fact.year(), fact.count(),
                        evidence), null, null), record.actor());
            } else if (step instanceof DemoProjectStep.Verify verify) {
                String progressId = verify.progressId() != null ? verify.progressId()
                        : stageFacts.get(verify.stageMilestone());
                commands.accept(new VerifyProgressCommand(verify.projectId(), progressId, verify.decision(),
                                                          verify.reason(), null), verify.actor());
            }
        }
    }

    /** Stores a tiny document for the lead in the name of the person recording the fact; photos are shareable. */
    private String store(String leadId, DemoProjectStep.Evidence evidence, String actor) {
        byte[] content = evidence.photo() ? DemoDocuments.photo()
                : DemoDocuments.scan(leadId, evidence.kind().name());
        return documents.store(new NewDocument(leadId, evidence.fileName(), evidence.kind(),
                                               evidence.kind() == DocumentKind.PHOTO, actor),
                               new ByteArrayInputStream(content)).id();
    }
}
