package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.admin.ui.AdminView;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.WebhookPlatform;
import org.zhaoshang.crm.security.ui.AccessDeniedView;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class WebhooksPanelTest extends KaribuSpringTest {

    private static final String KEY = "6a1b2c3d-0000-4e5f-9abc-def012345678";

    @Test
    void anAdministratorAddsARobotWhoseKeyIsNeverShownAndATestTellsThePlatformsRefusalInPlace() {
        signIn("admin");
        open(AdminView.class, Locale.ENGLISH);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Group robots")));
        WebhooksPanel panel = _get(WebhooksPanel.class);
        String name = "招商群 " + UUID.randomUUID().toString().substring(0, 6);

        _click(panel.add);
        WebhookDialog dialog = _get(WebhookDialog.class);
        dialog.name.setValue(name);
        dialog.platform.setValue(WebhookPlatform.WECOM);
        dialog.url.setValue("http://example.org/hook");
        dialog.kinds.setValue(Set.of(NotificationKind.RED_LIGHT, NotificationKind.REPORT_READY));
        _click(dialog.save);
        assertThat(dialog.url.isInvalid()).as("not the platform's https address").isTrue();
        assertThat(dialog.isOpened()).isTrue();

        dialog.url.setValue("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + KEY);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        WebhookCard card = panel.shown.stream().filter(shown -> shown.robot.name().equals(name)).findFirst()
                                      .orElseThrow();
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("WeCom", "Whole bureau", "Key project turned red", "Dispatch or circular issued")
                        .doesNotContain(KEY);
        assertThat(card.robot.address()).doesNotContain(KEY);

        _click(card.test);
        assertThat(card.result.getText()).startsWith("Not delivered: ");
        assertThat(card.result.hasClassName("test-failed")).isTrue();
    }

    @Test
    void onlyAdministratorsReachTheRobots() {
        for (String user : new String[]{"manager", "staff", "leader", "ambassador"}) {
            signIn(user);
            UI.getCurrent().navigate(AdminView.class);
            assertThat(_find(WebhooksPanel.class)).as(user).isEmpty();
            assertThat(_find(AccessDeniedView.class)).as(user).hasSize(1);
        }
    }
}
