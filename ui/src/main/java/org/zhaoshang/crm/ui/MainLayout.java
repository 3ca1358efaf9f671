package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.zhaoshang.crm.lead.ui.LeadsView;

import java.util.List;
import java.util.Locale;

/** The frame of every view: title, navigation and the language switch. */
public class MainLayout extends AppLayout {

    public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    public MainLayout() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, languageSwitch());
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.setPadding(true);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.leads"), LeadsView.class));
        addToDrawer(nav);
    }

    /** The page's language follows the UI's, so that browsers pick Chinese fonts and screen readers the voice. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0",
                                                attachEvent.getUI().getLocale().toLanguageTag());
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(locale -> locale.getLanguage().equals("zh") ? "中文" : "English");
        language.setAriaLabel(getTranslation("app.language"));
        language.setValue(LANGUAGES.stream()
                                   .filter(locale -> locale.getLanguage().equals(getLocale().getLanguage()))
                                   .findFirst().orElse(Locale.SIMPLIFIED_CHINESE));
        language.setWidth("7.5em");
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                VaadinSession.getCurrent().setLocale(change.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return language;
    }
}
