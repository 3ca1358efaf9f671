package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhaoshang.crm.storage.StoreOutage;

/**
 * A view could not be opened. When the store cannot be reached (the cause is wrapped by whatever built the view, so
 * Vaadin cannot route on it), say so in the user's language and offer the views that work from memory; anything else
 * is logged and shown as an internal error, without a stack trace. Open to all: an error view that the access check
 * refused would turn every failure into "no access".
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NavigationErrorView extends Div implements HasErrorParameter<RuntimeException> {

    private static final Logger log = LoggerFactory.getLogger(NavigationErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuntimeException> parameter) {
        removeAll();
        boolean storeDown = StoreOutage.of(parameter.getException()).isPresent();
        if (!storeDown) {
            log.error("Could not open {}", event.getLocation().getPath(), parameter.getException());
        }
        addClassName(storeDown ? "store-unavailable" : "internal-error");
        add(new H2(getTranslation(storeDown ? "store.down.title" : "error.title")),
            new Paragraph(getTranslation(storeDown ? "store.down.page" : "error.message")),
            new RouterLink(getTranslation("denied.home"), HomeView.class));
        return storeDown ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
