/** The questions about the building library: the list, one building with its stacking plan, a unit's history. */
package org.zhaoshang.crm.building.api.query;
