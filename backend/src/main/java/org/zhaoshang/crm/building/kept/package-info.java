/**
 * A building's events as a read model keeps them: one document per building, in memory the events and their one fold
 * ({@link org.zhaoshang.crm.building.state.BuildingState}), each event applied once by its sequence number.
 */
package org.zhaoshang.crm.building.kept;
