/** A lead's state as its events leave it: the one fold of a lead's events that the read side derives from. */
package org.zhaoshang.crm.lead.state;
