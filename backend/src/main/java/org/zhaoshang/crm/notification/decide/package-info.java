/**
 * Who is told what: notices decided from events by the processing group {@code notifications} (its own tracking
 * processor, not a read model: it starts at the head of the log and passes over events older than the replay
 * horizon) and from the bureau's day by a sweep every few minutes (follow-ups due and overdue, leads without contact,
 * red lights and red problems). Each notice's reason is its identity, so deciding it again posts nothing new. The
 * recipients are checked against what their role may see ({@link org.zhaoshang.crm.notification.decide.Audience}).
 */
package org.zhaoshang.crm.notification.decide;
