/** What may be asked of a signed project: each command checks its own input, the aggregate the rest. */
package org.zhaoshang.crm.project.api.command;
