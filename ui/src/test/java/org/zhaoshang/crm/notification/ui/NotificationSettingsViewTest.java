package org.zhaoshang.crm.notification.ui;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.notification.api.FindNotificationSettingsQuery;
import org.zhaoshang.crm.notification.api.NotificationChannel;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.NotificationSettings;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationSettingsViewTest extends KaribuSpringTest {

    @Autowired
    QueryGateway queries;

    private NotificationSettings settingsOf(String username) {
        return queries.query(new FindNotificationSettingsQuery(username),
                             ResponseTypes.instanceOf(NotificationSettings.class)).join();
    }

    @Test
    void withoutAMailServerThePageSaysSoAndOffersNoEmailChoice() {
        signIn("staff");
        NotificationSettingsView view = open(NotificationSettingsView.class, Locale.SIMPLIFIED_CHINESE);

        assertThat(view.form.mailOff.isVisible()).isTrue();
        assertThat(view.form.mailOff.getText()).contains("未配置邮件服务器");
        assertThat(view.form.kinds.rows).hasSize(NotificationKind.values().length)
                .allSatisfy(row -> assertThat(row.mail.isEnabled()).isFalse());
        assertThat(view.form.kinds.row(NotificationKind.RED_LIGHT).getElement().getTextRecursively())
                .contains("重点项目亮红灯");
    }

    @Test
    void aUserKeepsAKindOutOfTheInboxAndSetsTheirAddressAndLanguage() {
        signIn("staff-liu.yang");
        NotificationSettingsView view = open(NotificationSettingsView.class, Locale.ENGLISH);

        view.form.email.setValue("liu.yang@example.org");
        view.form.language.setValue("en");
        view.form.kinds.row(NotificationKind.LEAD_WITHOUT_CONTACT).inApp.setValue(false);
        _click(view.form.save);

        NotificationSettings saved = settingsOf("staff-liu.yang");
        assertThat(saved.email()).isEqualTo("liu.yang@example.org");
        assertThat(saved.language()).isEqualTo("en");
        assertThat(saved.channels().get(NotificationKind.LEAD_WITHOUT_CONTACT)).isEmpty();
        assertThat(saved.channels().get(NotificationKind.INSTRUCTION)).isEqualTo(Set.of(NotificationChannel.IN_APP));

        NotificationSettingsView again = open(NotificationSettingsView.class, Locale.ENGLISH);
        assertThat(again.form.email.getValue()).isEqualTo("liu.yang@example.org");
        assertThat(again.form.kinds.row(NotificationKind.LEAD_WITHOUT_CONTACT).inApp.getValue()).isFalse();
    }

    @Test
    void aBadAddressIsSaidAtItsFieldAndNothingIsSaved() {
        signIn("staff-wang.fang");
        NotificationSettingsView view = open(NotificationSettingsView.class, Locale.ENGLISH);
        long before = settingsOf("staff-wang.fang").version();

        view.form.email.setValue("not an address");
        _click(view.form.save);

        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).isNotBlank();
        assertThat(settingsOf("staff-wang.fang").version()).isEqualTo(before);
    }

    @Test
    void eMailWithoutAnAddressIsSaidAtTheAddress() {
        signIn("staff-li.na");
        NotificationSettingsView view = open(NotificationSettingsView.class, Locale.ENGLISH);

        view.form.email.clear();
        view.form.kinds.row(NotificationKind.INSTRUCTION).mail.setValue(NotificationChannel.DIGEST);
        _click(view.form.save);

        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).isEqualTo("E-mail or the digest needs an e-mail address");
    }

    @Test
    void anAmbassadorIsOfferedOnlyWhatConcernsTheirOwnLeads() {
        signIn("ambassador");
        NotificationSettingsView view = open(NotificationSettingsView.class, Locale.ENGLISH);

        assertThat(view.form.kinds.rows).extracting(row -> row.kind).containsExactly(
                NotificationKind.FOLLOW_UP_DUE, NotificationKind.FOLLOW_UP_OVERDUE,
                NotificationKind.LEAD_WITHOUT_CONTACT, NotificationKind.PROGRESS_RETURNED);
    }
}
