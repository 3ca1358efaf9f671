/**
 * The building library over REST: registering buildings and keeping their profile and units, reserving, letting and
 * vacating units, recording tax ({@code BuildingCommandController}), and reading buildings ({@code BuildingReadController}).
 */
package org.zhaoshang.crm.building.web;
