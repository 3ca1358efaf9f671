/**
 * The files notices carry: an issued report's Word file for a REPORT_READY notice, cut for its reader and in their
 * language. Here, on the notifications' side, because the reports know nothing of notices.
 */
package org.zhaoshang.crm.notification.attachment;
