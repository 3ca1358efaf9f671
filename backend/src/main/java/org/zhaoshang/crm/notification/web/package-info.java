/** REST for notifications: one's own inbox and its read marks, the channels offered, the failed deliveries. */
package org.zhaoshang.crm.notification.web;
