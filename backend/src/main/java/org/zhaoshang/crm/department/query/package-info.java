/** The department list, kept from its events, its query and the catalog other features ask. */
package org.zhaoshang.crm.department.query;
