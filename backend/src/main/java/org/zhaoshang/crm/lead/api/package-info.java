/** The lead's events: what happened to a lead, for ever (their package and class names are permanent). */
package org.zhaoshang.crm.lead.api;
