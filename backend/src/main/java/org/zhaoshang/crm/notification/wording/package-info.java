/** The words of a notice in the reader's language (inbox, e-mail, group robots): one bundle for all of them. */
package org.zhaoshang.crm.notification.wording;
