/** Who sees a lead and who may change it: the rules that commands, queries, views and exports all ask. */
package org.zhaoshang.crm.lead.api.rule;
