/**
 * The one fold of a building's events ({@link org.zhaoshang.crm.building.state.BuildingState}): the aggregate decides
 * against it, the read side keeps and answers it.
 */
package org.zhaoshang.crm.building.state;
