/**
 * What follows from a building's events: reservations lapse when their lead is lost or their day passed, and a unit
 * let to a signed project records the project's "moved in" milestone for verification.
 */
package org.zhaoshang.crm.building.lapse;
