/**
 * The group robots as read: their list for administrators (the address masked, whether a secret is set) and the robots
 * a notice concerns. Neither key, token nor secret is ever written here.
 */
package org.zhaoshang.crm.notification.webhook.query;
