package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere, inside the application and in the user's language, with the way back: a lead that
 * does not exist and a lead the user may not see are one and the same page (same words, same status, nothing of the
 * lead), so that a link tells nobody whether the lead exists. Open to all, like {@link NavigationErrorView}.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private String titleKey = "notFound.page.title";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        boolean lead = "leads".equals(event.getLocation().getFirstSegment())
                       && event.getLocation().getSegments().size() > 1;
        titleKey = lead ? "notFound.lead.title" : "notFound.page.title";
        addClassName("not-found");
        HorizontalLayout ways = new HorizontalLayout();
        if (lead) {
            ways.add(link("leads", "notFound.toLeads"));
        }
        ways.add(link("", "denied.home"));
        add(new H2(getTranslation(titleKey)),
            new Paragraph(getTranslation(lead ? "notFound.lead.message" : "notFound.page.message")), ways);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** By path: the shell names no view (see {@link HomeView}); the router opens it without reloading the page. */
    private Anchor link(String path, String textKey) {
        Anchor link = new Anchor(path, getTranslation(textKey));
        link.getElement().setAttribute("router-link", true);
        link.addClassName("way-back");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.title");
    }
}
