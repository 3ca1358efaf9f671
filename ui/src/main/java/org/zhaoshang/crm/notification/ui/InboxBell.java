package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ScheduledFuture;

/**
 * The bell in the header: a link to the inbox with the number of unread notifications, counted again at every
 * navigation and once a minute (pushed to the page).
 */
final class InboxBell extends Anchor {

    private static final Logger LOG = LoggerFactory.getLogger(InboxBell.class);

    final Span badge = new Span();
    private final InboxAccess inbox;
    private final InboxTicks ticks;
    private final String me;
    private Registration navigation;
    private ScheduledFuture<?> minutely;

    InboxBell(InboxAccess inbox, InboxTicks ticks, String me) {
        super("inbox");
        this.inbox = inbox;
        this.ticks = ticks;
        this.me = me;
        addClassName("inbox-bell");
        badge.addClassName("inbox-badge");
        add(VaadinIcon.BELL.create(), badge);
    }

    long unread() {
        return badge.isVisible() ? Long.parseLong(badge.getText()) : 0;
    }

    void refresh() {
        long unread = inbox.unread(me);
        badge.setText(String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = getTranslation("inbox.bell", unread);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        safeRefresh();
        navigation = ui.addAfterNavigationListener(event -> safeRefresh());
        minutely = ticks.every(() -> {
            try {
                ui.access(this::safeRefresh);
            } catch (UIDetachedException closed) {
                // the page went away; detaching stops the ticks
            }
        });
    }

    private void safeRefresh() {
        try {
            refresh();
        } catch (RuntimeException failure) {
            LOG.debug("the inbox's count was not read this minute", failure);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (navigation != null) {
            navigation.remove();
        }
        if (minutely != null) {
            minutely.cancel(false);
        }
    }
}
