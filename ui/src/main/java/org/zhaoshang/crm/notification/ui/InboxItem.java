package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.notification.api.Inbox;
import org.zhaoshang.crm.notification.wording.NoticeWording;
import org.zhaoshang.crm.ui.BureauFormats;

import java.util.Locale;
import java.util.function.Consumer;

/** One notification in the inbox: its title (bold while unread), its text, when, and a way to what it is about. */
final class InboxItem extends Div {

    final Inbox.Item item;
    final Span title = new Span();
    final Button open = new Button();

    InboxItem(Inbox.Item item, Locale locale, Consumer<Inbox.Item> opened) {
        this.item = item;
        String language = locale.getLanguage().equals("zh") ? "zh" : "en";
        addClassName("inbox-item");
        if (item.readAt() == null) {
            addClassName("unread");
        }
        title.setText(NoticeWording.title(item.kind(), item.params(), language));
        title.addClassName("inbox-title");
        Span body = new Span(NoticeWording.body(item.kind(), item.params(), language));
        body.addClassName("inbox-body");
        Span at = new Span(BureauFormats.moment(item.at(), locale));
        at.addClassName("inbox-at");
        open.setText(getTranslation("inbox.open"));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.addClassName("inbox-open");
        open.addClickListener(click -> opened.accept(item));
        Div head = new Div(title, at);
        head.addClassName("inbox-head");
        add(head, body, open);
    }

    boolean unread() {
        return item.readAt() == null;
    }
}
