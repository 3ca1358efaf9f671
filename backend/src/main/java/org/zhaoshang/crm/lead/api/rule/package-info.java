/** Who sees a lead: the one visibility rule that commands, queries, views and exports all ask. */
package org.zhaoshang.crm.lead.api.rule;
