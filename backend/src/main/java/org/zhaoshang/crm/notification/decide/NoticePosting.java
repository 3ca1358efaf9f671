package org.zhaoshang.crm.notification.decide;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.Notices;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Hands decided notices to {@link Notices}. The sweep decides the same notices every few minutes: a reason this node
 * posted lately is not handed over again (Notices would ignore it anyway; this spares the store the asking).
 */
@Component
class NoticePosting {

    static final int REMEMBERED = 50_000;
    private static final Logger log = LoggerFactory.getLogger(NoticePosting.class);

    private final ObjectProvider<Notices> notices;
    private final Set<String> posted = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(1_024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    /** Notices is delivery's: until it is there (a build without it), decisions are logged and not kept. */
    NoticePosting(ObjectProvider<Notices> notices) {
        this.notices = notices;
    }

    void post(Notice notice) {
        if (posted.contains(notice.reason())) {
            return;
        }
        Notices target = notices.getIfAvailable();
        if (target == null) {
            log.debug("No delivery of notices: {} not posted", notice.reason());
            return;
        }
        target.post(notice);
        posted.add(notice.reason());
    }
}
