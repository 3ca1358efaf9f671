package org.zhaoshang.crm.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.zhaoshang.crm.ui.HomeView;
import org.zhaoshang.crm.ui.MainLayout;

/** A signed-in user opened a view their role does not allow: say so in their language, and offer the way home. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("access-denied");
        add(new H2(getTranslation("denied.title")), new Paragraph(getTranslation("denied.message")),
            new RouterLink(getTranslation("denied.home"), HomeView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
