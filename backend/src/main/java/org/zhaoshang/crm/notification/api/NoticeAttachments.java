package org.zhaoshang.crm.notification.api;

import java.util.Optional;

/** The file an e-mail of a notice carries, if any (a report's Word file for its reader, in their language). */
public interface NoticeAttachments {

    Optional<Attachment> attachmentFor(Notice notice, String username, String language);
}
