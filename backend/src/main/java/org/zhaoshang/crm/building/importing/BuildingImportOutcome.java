package org.zhaoshang.crm.building.importing;

/** What became, or in a dry run would become, of one row of a building sheet. */
public enum BuildingImportOutcome {
    /** a building registered, a unit added (and let), or a tax figure recorded for the first time */
    CREATE,
    /** a building's profile, a unit's layout or tenant, or a tax figure changed */
    CHANGE,
    /** the library holds what the row says already */
    UNCHANGED,
    /** refused: its messages say why, with the column; a sheet with a refused row changes nothing */
    ERROR,
    /** every cell of the row is blank: skipped */
    EMPTY
}
