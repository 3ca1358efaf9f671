package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.zhaoshang.crm.notification.api.NotificationChannel;
import org.zhaoshang.crm.notification.api.NotificationKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * One kind of notice and the ways wanted: in the app (or not) and by e-mail one by one, in the daily digest or not at
 * all. E-mail and digest are one choice, so they can never both be picked.
 */
final class KindChoice extends Div {

    /** No e-mail at all (a choice of the radio group beside the two channels). */
    static final NotificationChannel NO_MAIL = NotificationChannel.IN_APP;

    final NotificationKind kind;
    final Checkbox inApp = new Checkbox();
    final RadioButtonGroup<NotificationChannel> mail = new RadioButtonGroup<>();

    KindChoice(NotificationKind kind, Set<NotificationChannel> ways, boolean mailConfigured) {
        this.kind = kind;
        addClassName("kind-choice");
        Span name = new Span(getTranslation("notify.kind." + kind.name()));
        name.addClassName("kind-name");
        inApp.setLabel(getTranslation("notify.channel.IN_APP"));
        inApp.setValue(ways.contains(NotificationChannel.IN_APP));
        mail.setItems(NO_MAIL, NotificationChannel.EMAIL, NotificationChannel.DIGEST);
        mail.setItemLabelGenerator(way -> getTranslation(way == NO_MAIL ? "notify.channel.none"
                                                                       : "notify.channel." + way.name()));
        mail.setValue(ways.contains(NotificationChannel.EMAIL) ? NotificationChannel.EMAIL
                      : ways.contains(NotificationChannel.DIGEST) ? NotificationChannel.DIGEST : NO_MAIL);
        mail.setEnabled(mailConfigured);
        mail.setAriaLabel(getTranslation("notify.settings.mailFor", name.getText()));
        add(name, inApp, mail);
    }

    Set<NotificationChannel> ways() {
        Set<NotificationChannel> ways = EnumSet.noneOf(NotificationChannel.class);
        if (inApp.getValue()) {
            ways.add(NotificationChannel.IN_APP);
        }
        if (mail.getValue() != null && mail.getValue() != NO_MAIL) {
            ways.add(mail.getValue());
        }
        return ways;
    }
}
