package org.zhaoshang.crm.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.zhaoshang.crm.ambassador.api.AmbassadorList;
import org.zhaoshang.crm.ambassador.api.FindAmbassadorsQuery;
import org.zhaoshang.crm.ambassador.ui.AmbassadorDialog;
import org.zhaoshang.crm.importing.api.ImportReport;
import org.zhaoshang.crm.importing.api.UnknownAmbassador;
import org.zhaoshang.crm.ui.CommandSender;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.stream.Collectors;

/**
 * The report's "register these ambassadors": the ambassadors and partners the sheet names who are not registered,
 * each with the rows naming them. A manager registers one from here (the name filled in), and the sheet is checked
 * again once the ambassadors' list has them, so that those rows credit them; others read that a manager can.
 */
class UnknownAmbassadorsSection extends VerticalLayout {

    /** How long a check waits for the ambassador just registered to be listed before it runs anyway. */
    private static final Duration LISTED_WITHIN = Duration.ofSeconds(10);

    final Paragraph help = new Paragraph();
    final Span managersOnly = new Span();
    final VerticalLayout names = new VerticalLayout();
    private final CommandSender sender;
    private final QueryGateway queries;
    private final boolean mayRegister;
    private final Runnable recheck;

    /** @param mayRegister whether the user may register ambassadors (managers) */
    UnknownAmbassadorsSection(CommandGateway commands, QueryGateway queries, boolean mayRegister, Runnable recheck) {
        this.sender = new CommandSender(commands, this, () -> { });
        this.queries = queries;
        this.mayRegister = mayRegister;
        this.recheck = recheck;
        managersOnly.setText(getTranslation("import.ambassadors.managersOnly"));
        managersOnly.setVisible(!mayRegister);
        names.setPadding(false);
        names.setSpacing(false);
        add(new H4(getTranslation("import.ambassadors.title")), help, managersOnly, names);
        setPadding(false);
        addClassName("unknown-ambassadors");
        setVisible(false);
    }

    void show(ImportReport report) {
        names.removeAll();
        setVisible(!report.unknownAmbassadors().isEmpty());
        help.setText(getTranslation(report.applied() ? "import.ambassadors.helpApplied" : "import.ambassadors.help"));
        for (UnknownAmbassador unknown : report.unknownAmbassadors()) {
            HorizontalLayout line = new HorizontalLayout(new Span(getTranslation(
                    "import.ambassadors.rows", unknown.name(), unknown.rows().stream().map(String::valueOf)
                                                                    .collect(Collectors.joining(
                                                                            getTranslation("list.separator"))))));
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            line.setWrap(true);
            if (mayRegister && !report.applied()) {
                Button register = new Button(getTranslation("import.ambassadors.register"),
                                             VaadinIcon.PLUS.create(),
                                             click -> AmbassadorDialog.registering(sender, unknown.name(),
                                                                                   this::recheckOnceListed).open());
                register.addThemeVariants(ButtonVariant.LUMO_SMALL);
                line.add(register);
            }
            names.add(line);
        }
    }

    void hide() {
        names.removeAll();
        setVisible(false);
    }

    /**
     * Checks the sheet again as soon as the ambassadors' list (a read model, a moment behind the command) has the
     * one just registered: the check reads that list, and would find them unknown still.
     */
    private void recheckOnceListed(String ambassadorId) {
        UI ui = UI.getCurrent();
        SubscriptionQueryResult<AmbassadorList, String> listed = queries.subscriptionQuery(
                new FindAmbassadorsQuery(false), ResponseTypes.instanceOf(AmbassadorList.class),
                ResponseTypes.instanceOf(String.class));
        Mono<String> already = listed.initialResult()
                                     .filter(list -> list.ambassadors().stream().anyMatch(
                                             ambassador -> ambassador.ambassadorId().equals(ambassadorId)))
                                     .map(list -> ambassadorId);
        Flux.concat(already, listed.updates().filter(ambassadorId::equals)).next()
            .timeout(LISTED_WITHIN, Mono.just(ambassadorId))
            .doFinally(signal -> listed.cancel())
            .subscribe(any -> ImportView.access(ui, recheck::run), failed -> ImportView.access(ui, recheck::run));
    }
}
