/** The Lead aggregate, who may change a lead (LeadAccess), its snapshots and upcasters. */
package org.zhaoshang.crm.lead.command;
