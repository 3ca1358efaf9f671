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
import org.zhaoshang.crm.shared.problem.Problem;
import org.zhaoshang.crm.shared.problem.Problems;

/**
 * What a view did not catch while the user worked in it (a click, a value change): the user is told in their language
 * in a notification, never with a stack trace, what {@link Problems} (which the REST API shares) says it means. Only
 * the unexpected is logged, once (a store that cannot be reached is not: its monitor already says so).
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
        Problem problem = Problems.of(failure);
        if (problem.unexpected()) {
            log.error("Unexpected error in the UI", failure);
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification.show(Translations.of(problem, ui.getLocale()), 6_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
