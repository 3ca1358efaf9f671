package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.notification.api.Inbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The signed-in user's notifications, newest first, a page at a time: unread in bold, each in the user's language
 * with a way to what it is about (opening it marks it read); all marked read at once; only the unread if wished.
 * Every role has one, and only their own.
 */
@Route("inbox")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 20;

    final Checkbox unreadOnly = new Checkbox();
    final Button markAll = new Button();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Span counts = new Span();
    final Span pageText = new Span();
    final Div list = new Div();
    /** The items shown, in order (tests). */
    final List<InboxItem> shown = new ArrayList<>();
    private final InboxAccess inbox;
    private final String me;
    private int offset;

    public InboxView(InboxAccess inbox, CurrentCaller current) {
        this.inbox = inbox;
        me = current.caller().id();
        addClassName("inbox-view");
        unreadOnly.setLabel(getTranslation("inbox.unreadOnly"));
        unreadOnly.addValueChangeListener(change -> {
            offset = 0;
            refresh();
        });
        markAll.setText(getTranslation("inbox.markAllRead"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(click -> {
            inbox.markAllRead(me);
            refresh();
        });
        previous.setAriaLabel(getTranslation("inbox.previous"));
        next.setAriaLabel(getTranslation("inbox.next"));
        previous.addClickListener(click -> {
            offset = Math.max(0, offset - PAGE);
            refresh();
        });
        next.addClickListener(click -> {
            offset += PAGE;
            refresh();
        });
        counts.addClassName("inbox-counts");
        FlexLayout bar = new FlexLayout(counts, unreadOnly, markAll);
        bar.addClassName("inbox-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        list.addClassName("inbox-list");
        list.setWidthFull();
        HorizontalLayout paging = new HorizontalLayout(previous, pageText, next);
        paging.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("inbox.title")), bar, list, paging);
        refresh();
    }

    void refresh() {
        Inbox page = inbox.page(me, unreadOnly.getValue(), offset, PAGE);
        if (page.items().isEmpty() && offset > 0) {
            offset = 0;
            page = inbox.page(me, unreadOnly.getValue(), offset, PAGE);
        }
        counts.setText(getTranslation("inbox.counts", page.unread()));
        markAll.setEnabled(page.unread() > 0);
        list.removeAll();
        shown.clear();
        for (Inbox.Item item : page.items()) {
            InboxItem row = new InboxItem(item, UI.getCurrent().getLocale(), this::open);
            shown.add(row);
            list.add(row);
        }
        if (page.items().isEmpty()) {
            Div empty = new Div(getTranslation(unreadOnly.getValue() ? "inbox.noneUnread" : "inbox.none"));
            empty.addClassName("inbox-empty");
            list.add(empty);
        }
        long total = page.total();
        pageText.setText(total == 0 ? "" : getTranslation("inbox.page", offset + 1,
                                                          Math.min(total, offset + page.items().size()), total));
        previous.setEnabled(offset > 0);
        next.setEnabled(offset + PAGE < total);
    }

    /** Marks it read and goes to what it is about. */
    private void open(Inbox.Item item) {
        if (item.readAt() == null) {
            inbox.markRead(me, item.id());
        }
        String link = item.link().substring(1);
        int query = link.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(link);
        } else {
            UI.getCurrent().navigate(link.substring(0, query), QueryParameters.fromString(link.substring(query + 1)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.title");
    }
}
