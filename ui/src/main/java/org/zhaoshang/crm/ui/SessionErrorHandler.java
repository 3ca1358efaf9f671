package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.storage.StoreOutage;

import java.util.Optional;

/**
 * What a view did not catch while the user worked in it (a click, a value change): logged once, and the user is told
 * in their language in a notification, never with a stack trace. A store that cannot be reached is told as such
 * (and not logged: the store's monitor already says so).
 */
@Component
class SessionErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        Optional<StoreOutage> outage = StoreOutage.of(failure);
        if (outage.isEmpty()) {
            log.error("Unexpected error in the UI", failure);
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String key = outage.map(down -> down == StoreOutage.NOT_SENT ? "store.down.not-sent" : "store.down.unconfirmed")
                           .orElse("error.unexpected");
        Notification.show(ui.getTranslation(key), 6_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
