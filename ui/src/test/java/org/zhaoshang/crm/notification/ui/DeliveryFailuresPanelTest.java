package org.zhaoshang.crm.notification.ui;

import com.mongodb.client.MongoDatabase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.admin.ui.AdminView;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.inbox.DeliveryChannel;
import org.zhaoshang.crm.notification.inbox.DeliveryStatus;
import org.zhaoshang.crm.notification.inbox.StoredNotifications;
import org.zhaoshang.crm.notification.outbox.DeliveryFailure;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.ui.AccessDeniedView;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DeliveryFailuresPanelTest extends KaribuSpringTest {

    @Autowired
    MongoDatabase database;
    @Autowired
    PeopleDirectory directory;

    @Test
    void anAdministratorSeesAFailedDeliveryInWordsAndARetryTakesItOffTheList() {
        String reason = "instruction:failed-" + UUID.randomUUID();
        String id = reason + "|manager";
        storeFailed(id, reason, "manager");

        signIn("admin");
        open(AdminView.class, Locale.ENGLISH);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Delivery failures")));
        DeliveryFailuresPanel panel = _get(DeliveryFailuresPanel.class);
        Grid<DeliveryFailure> grid = panel.grid;
        int row = rowOf(grid, id);
        assertThat(String.join(" | ", _getFormattedRow(grid, row)))
                .contains(directory.nameOf("manager"), "Leader's instruction", "E-mail", "5",
                          "535 authentication failed");

        _click((Button) _getCellComponent(grid, row, "retry"));

        assertThat(_findAll(grid)).extracting(DeliveryFailure::id).doesNotContain(id);
        Document stored = database.getCollection(StoredNotifications.COLLECTION).find(new Document("_id", id)).first();
        assertThat(stored.get(StoredNotifications.DELIVERY, Document.class).getString(StoredNotifications.STATUS))
                .isNotEqualTo(DeliveryStatus.FAILED.name());
    }

    @Test
    void theListSaysWhenThereAreNoneInChinese() {
        signIn("admin");
        open(AdminView.class, Locale.SIMPLIFIED_CHINESE);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("发送失败")));
        assertThat(_get(DeliveryFailuresPanel.class).grid.getEmptyStateText()).isEqualTo("没有发送失败的通知");
    }

    @Test
    void onlyAdministratorsReachTheFailures() {
        for (String user : new String[]{"manager", "staff", "leader", "ambassador"}) {
            signIn(user);
            UI.getCurrent().navigate(AdminView.class);
            assertThat(_find(DeliveryFailuresPanel.class)).as(user).isEmpty();
            assertThat(_find(AccessDeniedView.class)).as(user).hasSize(1);
        }
    }

    private static int rowOf(Grid<DeliveryFailure> grid, String id) {
        List<DeliveryFailure> rows = _findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no failed delivery " + id + " among " + rows);
    }

    /** A delivery the outbox gave up on, shaped as the outbox leaves it (see backend OutboxTest). */
    private void storeFailed(String id, String reason, String recipient) {
        Date now = new Date();
        database.getCollection(StoredNotifications.COLLECTION).insertOne(
                new Document("_id", id).append(StoredNotifications.REASON, reason)
                                       .append(StoredNotifications.KIND, NotificationKind.INSTRUCTION.name())
                                       .append(StoredNotifications.LINK, "/leads/L-1")
                                       .append(StoredNotifications.PARAMS, new Document())
                                       .append(StoredNotifications.AT, now)
                                       .append(StoredNotifications.RECIPIENT, recipient)
                                       .append(StoredNotifications.DELIVERY, new Document(
                                               StoredNotifications.CHANNEL, DeliveryChannel.EMAIL.name())
                                               .append(StoredNotifications.STATUS, DeliveryStatus.FAILED.name())
                                               .append(StoredNotifications.ATTEMPTS, 5)
                                               .append(StoredNotifications.LAST_ERROR, "535 authentication failed")
                                               .append(StoredNotifications.POSTED_AT, now)
                                               .append(StoredNotifications.FAILED_AT, now)));
    }
}
