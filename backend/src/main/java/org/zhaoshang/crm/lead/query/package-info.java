/** The lead's read models: the list, board and queues (in-memory index), name matches, detail and timeline. */
package org.zhaoshang.crm.lead.query;
