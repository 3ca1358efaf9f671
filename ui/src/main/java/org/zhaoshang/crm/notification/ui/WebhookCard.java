package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.notification.api.WebhookSummary;

/** One group robot: name and platform, whom it speaks for, what it takes, its masked address; its actions. */
final class WebhookCard extends Div {

    final WebhookSummary robot;
    final Button change = new Button();
    final Button remove = new Button();
    final Button test = new Button();
    /** The last test's outcome, in place. */
    final Span result = new Span();

    WebhookCard(WebhookSummary robot, Departments departments) {
        this.robot = robot;
        addClassName("webhook-card");
        Span name = new Span(robot.name());
        name.addClassName("webhook-name");
        Span platform = new Span(getTranslation("robots.platform." + robot.platform().name()));
        platform.addClassNames("webhook-platform", "platform-" + robot.platform().name().toLowerCase());
        Div head = new Div(name, platform);
        head.addClassName("webhook-head");
        String scope = robot.department() != null ? departments.name(robot.department())
                       : robot.market() != null ? getTranslation("market." + robot.market().name())
                       : getTranslation("robots.scope.bureau");
        Div facts = new Div(fact("robots.scope", scope),
                            fact("robots.kinds", WebhooksPanel.kinds(robot, this::getTranslation)),
                            fact("robots.address", robot.address()),
                            fact("robots.secret", getTranslation(robot.secretSet() ? "robots.secret.set"
                                                                                   : "robots.secret.none")),
                            fact("robots.language", getTranslation("notify.language." + robot.language())));
        facts.addClassName("webhook-facts");
        change.setText(getTranslation("robots.change"));
        remove.setText(getTranslation("robots.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        test.setText(getTranslation("robots.test"));
        for (Button button : new Button[]{change, remove, test}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        result.addClassName("webhook-test-result");
        Div actions = new Div(test, change, remove, result);
        actions.addClassName("webhook-actions");
        add(head, facts, actions);
    }

    private Div fact(String label, String value) {
        Span name = new Span(getTranslation(label));
        name.addClassName("fact-label");
        Span text = new Span(value == null ? "—" : value);
        text.addClassName("fact-value");
        Div fact = new Div(name, text);
        fact.addClassName("webhook-fact");
        return fact;
    }
}
