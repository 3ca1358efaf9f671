/** Commands of key projects: each checks its own input. */
package org.zhaoshang.crm.keyproject.api.command;
