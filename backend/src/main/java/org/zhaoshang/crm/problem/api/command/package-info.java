/** Commands of problems: each checks its own input. */
package org.zhaoshang.crm.problem.api.command;
