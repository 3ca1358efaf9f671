/**
 * Each user's notification settings: the aggregate that keeps their choices ({@code notify:<username>}), the read
 * model that answers them (defaults until a user chose) and their REST endpoints.
 */
package org.zhaoshang.crm.notification.settings;
