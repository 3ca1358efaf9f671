package org.zhaoshang.crm.building.api.value;

/** Where a building's tax figure came from. */
public enum TaxSource {
    /** typed in by a manager */
    ENTERED,
    /** read from the tax bureau's sheet */
    IMPORTED
}
