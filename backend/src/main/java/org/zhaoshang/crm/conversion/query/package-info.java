/** Conversion history: each lead's journey through the stages, counters by month, the board of a past day. */
package org.zhaoshang.crm.conversion.query;
