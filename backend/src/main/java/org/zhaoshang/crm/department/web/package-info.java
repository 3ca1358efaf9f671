/** REST endpoints of the department list. */
package org.zhaoshang.crm.department.web;
