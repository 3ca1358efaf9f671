/** Commands of the department list (administrators): each checks its own input. */
package org.zhaoshang.crm.department.api.command;
