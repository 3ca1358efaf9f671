/** REST endpoints of the group robots, for administrators. */
package org.zhaoshang.crm.notification.webhook.web;
