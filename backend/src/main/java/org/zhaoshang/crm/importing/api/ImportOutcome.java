package org.zhaoshang.crm.importing.api;

/** What became, or in a dry run would become, of one row. */
public enum ImportOutcome {
    /** a new lead */
    CREATE,
    /** a lead imported before from this company's row is moved on to the sheet's later stage */
    UPDATE,
    /** imported before and nothing newer in the sheet */
    UNCHANGED,
    /** a lead of a company of this name exists that was not imported from it (or an earlier row has it) */
    DUPLICATE,
    /** the row cannot be imported; its messages say why */
    ERROR,
    /** every cell of the row is blank (spaces, full-width spaces): skipped */
    EMPTY
}
