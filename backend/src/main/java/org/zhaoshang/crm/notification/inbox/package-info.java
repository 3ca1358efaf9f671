/**
 * The stored notifications: one document per recipient (or group robot) and notice in the collection
 * {@code notifications}, inserted only if absent, with the delivery the recipient's settings chose; each user's inbox
 * (their own only) and its read marks.
 */
package org.zhaoshang.crm.notification.inbox;
