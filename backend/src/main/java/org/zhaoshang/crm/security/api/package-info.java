/** Roles, the caller of a message, user accounts and security log entries. */
package org.zhaoshang.crm.security.api;
