/**
 * Buildings and their tax brought in from sheets ({@code POST /api/imports/buildings}): a units sheet registers
 * buildings and adds, changes and lets their units; the tax bureau's sheet records each building's tax by year or
 * month. Every row is checked first; a sheet with any refused row changes nothing.
 */
package org.zhaoshang.crm.building.importing;
