/**
 * Notices by e-mail through Spring Boot's mail starter (only when {@code spring.mail.host} is set): one message per
 * notice or a daily digest, in the recipient's language, with a plain-text and an HTML part and a link back.
 */
package org.zhaoshang.crm.notification.mail;
