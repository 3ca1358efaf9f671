/** REST endpoints for conversion history, cohorts, the board of a past day and the year's targets. */
package org.zhaoshang.crm.conversion.web;
