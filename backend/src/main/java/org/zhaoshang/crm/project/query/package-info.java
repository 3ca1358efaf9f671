/** Signed projects as read: the projects collection, the lead's projects and the returned facts of a recorder. */
package org.zhaoshang.crm.project.query;
