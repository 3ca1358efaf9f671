/** What may be asked of a lead: its commands, each checking its own input, and the refusals they may meet. */
package org.zhaoshang.crm.lead.api.command;
