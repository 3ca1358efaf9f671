package org.zhaoshang.crm.lead.api.command;

/**
 * The answer to an {@link ImportLeadCommand} given as a dry run: the row would be recorded. Thrown, so that the unit
 * of work is rolled back and nothing is stored.
 */
public class ImportCheckPassedException extends RuntimeException {

    private final transient ImportedStage stage;

    public ImportCheckPassedException(String leadId) {
        this(leadId, null);
    }

    /** @param stage where the lead would stand after its move; null without a move */
    public ImportCheckPassedException(String leadId, ImportedStage stage) {
        super("lead " + leadId + " would be imported", null, false, false);
        this.stage = stage;
    }

    /** Where the lead would stand after its move; null without a move. */
    public ImportedStage stage() {
        return stage;
    }
}
