/**
 * The supervision read model: what each key project's light depends on, kept per lead, judged at any day as known
 * now or then; the problems with their escalation; the query handlers.
 */
package org.zhaoshang.crm.supervision.query;
