/** What may be read about leads: the queries, their filters and sort orders, and the answers. */
package org.zhaoshang.crm.lead.api.query;
