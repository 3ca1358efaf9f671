/** The Ambassador aggregate and the registry of ambassadors that may be credited with a lead. */
package org.zhaoshang.crm.ambassador.command;
