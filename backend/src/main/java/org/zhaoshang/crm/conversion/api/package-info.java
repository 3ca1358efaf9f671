/** Conversion history and the year's targets: their commands, events, queries and answers. */
package org.zhaoshang.crm.conversion.api;
