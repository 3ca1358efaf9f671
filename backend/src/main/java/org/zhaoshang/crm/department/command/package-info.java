/** The Department aggregate: administrators define, rename and retire departments. */
package org.zhaoshang.crm.department.command;
