/**
 * Buildings and parks (楼宇, 园区, 载体): their profile, floors and units, reservations for leads, tenants, and the tax
 * paid in them. One sealed {@code BuildingEvent}; names are permanent.
 */
package org.zhaoshang.crm.building.api;
