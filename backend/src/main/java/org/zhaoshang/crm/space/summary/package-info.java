/**
 * The district's space at a day: vacancy per building, zone and district and its trend, take-up against the goal,
 * tiers against the plan's targets, the watch list; from the units' let and vacate days.
 */
package org.zhaoshang.crm.space.summary;
