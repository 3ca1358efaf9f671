/**
 * The outbox: a sender that claims due deliveries with a lease (two nodes never send the same one), sends them by
 * e-mail or to a group robot, retries with back-off and marks the last failure; the daily digest; the health and the
 * administrators' list of failed deliveries.
 */
package org.zhaoshang.crm.notification.outbox;
