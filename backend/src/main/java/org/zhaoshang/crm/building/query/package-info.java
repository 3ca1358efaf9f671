/**
 * The building library to read: the list with vacancy and tier, one building's stacking plan and tax by year, a unit's
 * history; leads shown only to those who may see them.
 */
package org.zhaoshang.crm.building.query;
