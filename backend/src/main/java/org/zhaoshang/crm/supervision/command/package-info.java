/** The supervision's decisions: the one set of light and escalation rules, changed as a fact from a day on. */
package org.zhaoshang.crm.supervision.command;
