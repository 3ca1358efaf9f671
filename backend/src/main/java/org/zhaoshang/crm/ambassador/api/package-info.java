/** Ambassadors and international partners: their commands, events, queries and answers. */
package org.zhaoshang.crm.ambassador.api;
