/** REST for the building library: buildings, units, reservations, lets, tax. */
package org.zhaoshang.crm.building.web;
