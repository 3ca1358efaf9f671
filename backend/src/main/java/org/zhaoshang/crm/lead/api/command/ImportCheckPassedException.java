package org.zhaoshang.crm.lead.api.command;

/**
 * The answer to an {@link ImportLeadCommand} given as a dry run: the row would be recorded. Thrown, so that the unit
 * of work is rolled back and nothing is stored.
 */
public class ImportCheckPassedException extends RuntimeException {

    public ImportCheckPassedException(String leadId) {
        super("lead " + leadId + " would be imported", null, false, false);
    }
}
