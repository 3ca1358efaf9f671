/** The Building aggregate (楼宇): its profile, units, reservations, lets and tax, and who may change them. */
package org.zhaoshang.crm.building.command;
