package org.zhaoshang.crm.notification.decide;

import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.Notices;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Notices} that keeps what was posted, in order, for the tests to look at. */
class RecordingNotices implements Notices {

    private final List<Notice> posted = new CopyOnWriteArrayList<>();

    @Override
    public void post(Notice notice) {
        posted.add(notice);
    }

    Optional<Notice> find(String reason) {
        return posted.stream().filter(notice -> notice.reason().equals(reason)).findFirst();
    }

    long count(String reason) {
        return posted.stream().filter(notice -> notice.reason().equals(reason)).count();
    }
}
