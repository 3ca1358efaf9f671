package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.notification.api.FindWebhooksQuery;
import org.zhaoshang.crm.notification.api.RemoveWebhookCommand;
import org.zhaoshang.crm.notification.api.TestWebhookCommand;
import org.zhaoshang.crm.notification.api.WebhookSummary;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.ReadModelLag;
import org.zhaoshang.crm.ui.Toast;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * For administrators: the group robots (WeCom, DingTalk, Feishu) with their platform, scope, kinds and masked
 * address; adding, changing and removing one; a test message whose outcome (or the platform's refusal) shows in place.
 */
public final class WebhooksPanel extends VerticalLayout {

    final Button add = new Button();
    final Div list = new Div();
    /** The robots' cards shown (tests). */
    final List<WebhookCard> shown = new ArrayList<>();
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CommandSender sender;
    private List<WebhookSummary> robots = List.of();

    public WebhooksPanel(CommandGateway commands, QueryGateway queries) {
        this.queries = queries;
        this.commands = commands;
        sender = new CommandSender(commands, this, this::refresh);
        addClassName("webhooks-panel");
        add.setText(getTranslation("robots.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new WebhookDialog(null, departments(), sender, this::afterChange).open());
        list.addClassName("webhook-list");
        list.setWidthFull();
        add(new Paragraph(getTranslation("robots.help")), add, list);
        refresh();
    }

    private Departments departments() {
        return new Departments(queries, UI.getCurrent().getLocale());
    }

    void refresh() {
        show(read());
    }

    private List<WebhookSummary> read() {
        List<WebhookSummary> found = queries.query(new FindWebhooksQuery(),
                                                   ResponseTypes.multipleInstancesOf(WebhookSummary.class)).join();
        return found == null ? List.of() : found;
    }

    private void afterChange() {
        show(ReadModelLag.changedFrom(robots, this::read));
    }

    private void show(List<WebhookSummary> found) {
        robots = found;
        list.removeAll();
        shown.clear();
        Departments departments = departments();
        for (WebhookSummary robot : robots) {
            WebhookCard card = new WebhookCard(robot, departments);
            card.change.addClickListener(click -> new WebhookDialog(robot, departments, sender, this::afterChange)
                    .open());
            card.remove.addClickListener(click -> confirmRemoval(robot));
            card.test.addClickListener(click -> test(card));
            shown.add(card);
            list.add(card);
        }
        if (robots.isEmpty()) {
            list.add(new Div(getTranslation("robots.none")));
        }
    }

    private void test(WebhookCard card) {
        Span result = card.result;
        result.removeClassNames("test-ok", "test-failed");
        boolean sent = CommandSender.send(commands, new TestWebhookCommand(card.robot.webhookId()), null,
                                          problem -> {
                                              result.setText(getTranslation("robots.test.failed", problem.detail()));
                                              result.addClassName("test-failed");
                                          });
        if (sent) {
            result.setText(getTranslation("robots.test.ok"));
            result.addClassName("test-ok");
        }
    }

    private void confirmRemoval(WebhookSummary robot) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("robots.remove.title", robot.name()));
        confirm.setText(getTranslation("robots.remove.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("lead.form.cancel"));
        confirm.setConfirmText(getTranslation("robots.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            if (sender.send(new RemoveWebhookCommand(robot.webhookId()), null)) {
                Toast.done(getTranslation("robots.removed", robot.name()));
                afterChange();
            }
        });
        confirm.open();
    }

    static String kinds(WebhookSummary robot, java.util.function.Function<String, String> t) {
        return robot.kinds().stream().sorted().map(kind -> t.apply("notify.kind." + kind.name()))
                    .collect(Collectors.joining(t.apply("list.separator")));
    }
}
