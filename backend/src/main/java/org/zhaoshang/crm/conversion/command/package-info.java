/** The year's targets as an aggregate. */
package org.zhaoshang.crm.conversion.command;
