/** REST endpoints for leads, the pipeline board and follow-up queues. */
package org.zhaoshang.crm.lead.web;
