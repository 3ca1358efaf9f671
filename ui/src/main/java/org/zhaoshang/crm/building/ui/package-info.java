/** The building library's views: the buildings list and a building's page with its stacking plan, units and tax. */
package org.zhaoshang.crm.building.ui;
