package org.zhaoshang.crm.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.zhaoshang.crm.ui.LanguageSwitch;

import java.util.stream.Stream;

/** Sign-in, in Chinese or English; says why a sign-in failed, and when it is locked out. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    /** The texts shown, for tests (the form does not give them back). */
    LoginI18n texts;

    public LoginView() {
        addClassName("login-view");
        form.setAction("login");
        show(i18n("error"));
        form.setForgotPasswordButtonVisible(false);
        Paragraph forgot = new Paragraph(getTranslation("login.forgot"));
        forgot.addClassName("login-hint");
        H1 title = new H1(getTranslation("login.title"));
        title.addClassName("login-title");
        Paragraph bureau = new Paragraph(getTranslation("login.description"));
        bureau.addClassName("login-bureau");
        VerticalLayout page = new VerticalLayout(new LanguageSwitch(), title, bureau, form, forgot);
        page.setSizeFull();
        page.setAlignItems(FlexComponent.Alignment.CENTER);
        page.setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        setSizeFull();
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String refusal = Stream.of("locked", "store-down", "error").filter(parameters::containsKey).findFirst()
                               .orElse(null);
        if (refusal != null) {
            show(i18n(refusal));
            form.setError(true);
        }
    }

    private void show(LoginI18n i18n) {
        texts = i18n;
        form.setI18n(i18n);
    }

    /** @param refusal why the last sign-in was refused: {@code error}, {@code locked} or {@code store-down} */
    private LoginI18n i18n(String refusal) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.setHeader(new LoginI18n.Header());
        i18n.getHeader().setTitle(getTranslation("login.title"));
        i18n.getHeader().setDescription(getTranslation("login.description"));
        i18n.getForm().setTitle(getTranslation("login.heading"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login." + refusal + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation("login." + refusal + ".message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.heading") + " · " + getTranslation("app.title");
    }
}
