package org.zhaoshang.crm.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SignInViewsTest extends KaribuSpringTest {

    @Test
    void theSignInPageSaysWhyItRefusedInTheUsersLanguage() {
        open(LoginView.class, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("locked", "")));
        LoginView locked = _get(LoginView.class);

        assertThat(locked.form.isError()).isTrue();
        assertThat(locked.texts.getErrorMessage().getTitle()).isEqualTo("登录已暂时锁定");
        assertThat(locked.texts.getForm().getUsername()).isEqualTo("用户名");

        open(LoginView.class, Locale.ENGLISH);
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat(_get(LoginView.class).texts.getErrorMessage().getTitle())
                .isEqualTo("Wrong user name or password");

        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("store-down", "")));
        assertThat(_get(LoginView.class).texts.getErrorMessage().getTitle())
                .isEqualTo("The data store cannot be reached");
    }

    @Test
    void aWrongCurrentPasswordIsShownAtTheFieldAndChangesNothing() {
        signIn("manager");
        AccountView account = open(AccountView.class, Locale.ENGLISH);

        _setValue(account.currentPassword, "not-my-password");
        _setValue(account.newPassword, "short");
        _click(account.change);

        assertThat(account.currentPassword.isInvalid()).isTrue();
        assertThat(account.currentPassword.getErrorMessage()).isEqualTo("This is not your current password");
        assertThat(account.newPassword.isInvalid()).isTrue();
        assertThat(account.newPassword.getErrorMessage()).isEqualTo("At least 8 characters");
        signIn("manager"); // the password is still "demo"

    }

    @Test
    void aCommonNewPasswordIsRefusedAtTheFieldInTheUsersLanguage() {
        signIn("manager");
        AccountView account = open(AccountView.class, Locale.ENGLISH);

        _setValue(account.currentPassword, "demo");
        _setValue(account.newPassword, "12345678");
        _click(account.change);

        assertThat(account.newPassword.isInvalid()).isTrue();
        assertThat(account.newPassword.getErrorMessage()).isEqualTo("One of the most common passwords: choose another");
        signIn("manager"); // the password is still "demo"
    }

    @Test
    void theSetupPageRefusesALinkThatIsNotTheOneInTheLog() {
        open(LoginView.class, Locale.ENGLISH);
        UI.getCurrent().navigate("setup", QueryParameters.simple(java.util.Map.of("token", "guessed")));
        SetupView setup = _get(SetupView.class);

        _setValue(setup.username, "root");
        _setValue(setup.displayName, "Root");
        _setValue(setup.password, "Long-enough-1");
        _click(setup.create);

        assertThat(setup.refused.isVisible()).isTrue();
        assertThat(setup.refused.getText()).startsWith("This setup link is not valid");
    }
}
