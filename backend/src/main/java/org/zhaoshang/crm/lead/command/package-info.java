/** The Lead aggregate and its members, who may change a lead (LeadAccess), its snapshots and upcasters. */
package org.zhaoshang.crm.lead.command;
