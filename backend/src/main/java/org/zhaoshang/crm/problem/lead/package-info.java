/** What other features ask of a problem's lead, answered from the problem's events. */
package org.zhaoshang.crm.problem.lead;
