package org.zhaoshang.crm.notification.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.ui.MyWorkView;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.Notices;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.inbox.InboxStore;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class InboxViewTest extends KaribuSpringTest {

    @Autowired
    Notices notices;
    @Autowired
    InboxStore store;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private void post(String user, String company, Instant at, String link) {
        notices.post(new Notice("ui-test:" + suffix + ":" + company + ":" + user, NotificationKind.FOLLOW_UP_OVERDUE,
                                link, Map.of("company", company, "nextStep", "回访", "dueOn", "2026-12-01",
                                             "days", "6"), at, Set.of(user), null, null));
    }

    @Test
    void eachUserReadsOnlyTheirOwnNewestFirstUnreadInBoldInTheirLanguage() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        post("staff-wang.fang", "旧公司 " + suffix, now.minus(2, ChronoUnit.HOURS), "/my-work");
        post("staff-wang.fang", "新公司 " + suffix, now.minus(1, ChronoUnit.HOURS), "/my-work");
        post("staff-liu.yang", "别人的公司 " + suffix, now, "/my-work");
        signIn("staff-wang.fang");

        InboxView inbox = open(InboxView.class, Locale.SIMPLIFIED_CHINESE);

        assertThat(inbox.shown).extracting(item -> item.title.getText())
                .containsSubsequence("跟进已逾期 6 天：新公司 " + suffix, "跟进已逾期 6 天：旧公司 " + suffix)
                .noneMatch(title -> title.contains("别人的公司"));
        InboxItem newest = inbox.shown.stream().filter(item -> item.title.getText().contains("新公司 " + suffix))
                                      .findFirst().orElseThrow();
        assertThat(newest.hasClassName("unread")).isTrue();
        assertThat(newest.getElement().getTextRecursively())
                .contains("新公司 " + suffix + " 的跟进事项“回访”应于 2026-12-01 完成，已逾期 6 天。");
        assertThat(inbox.counts.getText()).isEqualTo(store.unreadCount("staff-wang.fang") + " 条未读");

        InboxView english = open(InboxView.class, Locale.ENGLISH);
        assertThat(english.shown).extracting(item -> item.title.getText())
                .contains("Follow-up 6 days overdue: 新公司 " + suffix);
    }

    @Test
    void openingOneMarksItReadAndGoesWhereItPointsAndTheBellCountsOneLess() {
        post("staff-li.na", "打开的公司 " + suffix, Instant.now(), "/my-work");
        signIn("staff-li.na");
        InboxView inbox = open(InboxView.class, Locale.ENGLISH);
        InboxBell bell = _get(InboxBell.class);
        long unread = store.unreadCount("staff-li.na");
        assertThat(bell.unread()).isEqualTo(unread).isPositive();
        InboxItem item = inbox.shown.stream().filter(shown -> shown.title.getText().contains(suffix)).findFirst()
                                    .orElseThrow();

        _click(item.open);

        assertThat(_find(MyWorkView.class)).hasSize(1);
        assertThat(store.unreadCount("staff-li.na")).isEqualTo(unread - 1);
        assertThat(_get(InboxBell.class).unread()).as("counted again on navigation").isEqualTo(unread - 1);
    }

    @Test
    void markAllReadLeavesNothingUnreadAndTheFilterShowsOnlyTheUnread() {
        post("leader", "全部已读 " + suffix, Instant.now(), "/cockpit");
        signIn("leader");
        InboxView inbox = open(InboxView.class, Locale.ENGLISH);
        inbox.unreadOnly.setValue(true);
        assertThat(inbox.shown).isNotEmpty().allMatch(InboxItem::unread);

        _click(inbox.markAll);

        assertThat(store.unreadCount("leader")).isZero();
        assertThat(inbox.shown).isEmpty();
        assertThat(inbox.list.getElement().getTextRecursively()).contains("No unread notifications");
        assertThat(inbox.markAll.isEnabled()).isFalse();
        inbox.unreadOnly.setValue(false);
        assertThat(inbox.shown).isNotEmpty().noneMatch(InboxItem::unread);
    }

    @Test
    void anAmbassadorHasAnInboxTooPagedTwentyAtATime() {
        Instant now = Instant.now();
        for (int i = 0; i < 23; i++) {
            post("ambassador", "第" + i + "家 " + suffix, now.minusSeconds(i), "/my-work");
        }
        signIn("ambassador");
        InboxView inbox = open(InboxView.class, Locale.ENGLISH);

        assertThat(inbox.shown).hasSize(InboxView.PAGE);
        assertThat(inbox.previous.isEnabled()).isFalse();
        assertThat(inbox.pageText.getText()).startsWith("1–20 of ");
        _click(inbox.next);
        assertThat(inbox.shown).isNotEmpty().hasSizeLessThanOrEqualTo(InboxView.PAGE);
        assertThat(inbox.pageText.getText()).startsWith("21–");
        assertThat(inbox.previous.isEnabled()).isTrue();
    }
}
