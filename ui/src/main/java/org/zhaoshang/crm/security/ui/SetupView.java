package org.zhaoshang.crm.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.zhaoshang.crm.security.api.NewUser;
import org.zhaoshang.crm.security.users.UserBootstrap;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.ui.LanguageSwitch;

import java.util.Map;
import java.util.Set;

/** The one-time page, reached by the link the log prints, where the first administrator of a new store is made. */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final Button create = new Button();
    final Paragraph refused = new Paragraph();
    private final UserBootstrap bootstrap;
    private String token;

    public SetupView(UserBootstrap bootstrap) {
        this.bootstrap = bootstrap;
        username.setLabel(getTranslation("setup.username"));
        displayName.setLabel(getTranslation("setup.displayName"));
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("account.newPassword.help"));
        create.setText(getTranslation("setup.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        refused.addClassName("setup-refused");
        refused.setVisible(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        add(new LanguageSwitch(), new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")),
            refused, username, displayName, password, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
    }

    private void create() {
        Map<String, TextField> textFields = Map.of("username", username, "displayName", displayName);
        textFields.values().forEach(field -> field.setInvalid(false));
        password.setInvalid(false);
        try {
            if (bootstrap.setUp(token, new NewUser(username.getValue(), displayName.getValue(), password.getValue(),
                                                   Set.of(), null))) {
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            } else {
                refused.setText(getTranslation("setup.refused"));
                refused.setVisible(true);
            }
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(violation -> {
                String message = getTranslation("setup.rule." + violation.rule());
                if (violation.field().equals("password")) {
                    password.setInvalid(true);
                    password.setErrorMessage(message);
                } else if (textFields.containsKey(violation.field())) {
                    textFields.get(violation.field()).setInvalid(true);
                    textFields.get(violation.field()).setErrorMessage(message);
                }
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.title");
    }
}
