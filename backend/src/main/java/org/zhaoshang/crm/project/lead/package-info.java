/** What a signed project knows of its lead: the lead's state folded from its own events, for access and creation. */
package org.zhaoshang.crm.project.lead;
