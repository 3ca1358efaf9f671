package org.zhaoshang.crm.lead.api.value;

/** What an import does with a row whose stage lacks what the stage gates ask for. */
public enum StagePolicy {
    /** the lead is placed at the sheet's stage; each gate it lacks is recorded on it as data to complete */
    AS_RECORDED,
    /** the lead goes as far as its data allows; the row is warned that the sheet's stage was lowered */
    HIGHEST_SUPPORTED,
    /** the row is refused, naming what the gates lack */
    STRICT
}
