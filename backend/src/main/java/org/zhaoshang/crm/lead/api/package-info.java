/** The lead's commands, events, queries, answers and value types (records; event class names are permanent). */
package org.zhaoshang.crm.lead.api;
