package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.Cockpit;
import org.zhaoshang.crm.supervision.api.query.FindCockpitQuery;
import org.zhaoshang.crm.supervision.api.query.FindLeaderLightsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.LeaderLights;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.ReadModelLag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The leader's cockpit (领导驾驶舱): the key projects they answer for, most urgent first, as cards that read on a
 * phone; the red problems; the latest instructions; an instruction in two taps (the card's button, then Send).
 * Managers pick any leader ({@code /cockpit?leader=…}) and see every leader's projects counted by light, each figure
 * a link to those projects.
 */
@Route("cockpit")
@Menu(title = "nav.cockpit", order = 5.8)
@RolesAllowed({"LEADER", "MANAGER"})
public class CockpitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<Person> leader;
    final Grid<LeaderLights> leaders = new Grid<>();
    final Div cards = new Div();
    final Div redProblems = new Div();
    final UnorderedList instructions = new UnorderedList();
    final Span summary = new Span();
    /** The cards shown, in order (tests). */
    final List<KeyProjectCard> shown = new ArrayList<>();
    final List<ProblemItem> problemsShown = new ArrayList<>();
    private final QueryGateway queries;
    private final CommandSender sender;
    private final PeopleDirectory directory;
    private final Caller caller;
    private final SupervisionWords words;
    private final AddressFilters filters;
    private final H3 projectsTitle = new H3();
    private final H3 problemsTitle = new H3();
    private final H3 instructionsTitle = new H3();
    private Cockpit cockpit;
    private boolean afterAction;

    public CockpitView(CommandGateway commands, QueryGateway queries, CurrentCaller current,
                       PeopleDirectory directory) {
        this.queries = queries;
        this.directory = directory;
        caller = current.caller();
        words = new SupervisionWords(this, directory, queries);
        sender = new CommandSender(commands, this, this::refresh);
        addClassName("cockpit-view");
        setPadding(true);
        leader = Leaders.chooser(directory, getTranslation("supervision.filter.leader"));
        boolean manager = caller.has(Role.MANAGER);
        leader.setVisible(manager);
        filters = new AddressFilters(this, "cockpit", this::refresh)
                .add("leader", leader, Person::username, username -> Leaders.find(leader, username));
        cards.addClassName("cockpit-cards");
        redProblems.addClassName("cockpit-problems");
        instructions.addClassName("instructions");
        summary.addClassName("cockpit-summary");
        add(new H2(getTranslation("supervision.title.cockpit")));
        if (manager) {
            leadersTable();
            add(leaders, leader);
        }
        projectsTitle.setText(getTranslation("supervision.cockpit.projects"));
        problemsTitle.setText(getTranslation("supervision.cockpit.redProblems"));
        instructionsTitle.setText(getTranslation("supervision.cockpit.instructions"));
        add(summary, projectsTitle, cards, problemsTitle, redProblems, instructionsTitle, instructions);
    }

    private void leadersTable() {
        leaders.addClassName("leader-lights");
        leaders.addColumn(row -> words.person(row.leader())).setHeader(getTranslation("supervision.card.leader"))
               .setAutoWidth(true).setFlexGrow(1);
        figure(Light.RED, LeaderLights::red);
        figure(Light.YELLOW, LeaderLights::yellow);
        figure(Light.GREEN, LeaderLights::green);
        leaders.addComponentColumn(row -> figureLink(row.openProblems(), "key-projects?leader="
                                                                         + encode(row.leader())))
               .setHeader(getTranslation("supervision.leaders.openProblems")).setAutoWidth(true).setFlexGrow(0);
        leaders.addComponentColumn(row -> figureLink(row.redProblems(), "cockpit?leader="
                                                                        + encode(row.leader())))
               .setHeader(getTranslation("supervision.leaders.redProblems")).setAutoWidth(true).setFlexGrow(0);
        leaders.addComponentColumn(row -> new Anchor("cockpit?leader=" + encode(row.leader()),
                                                     getTranslation("supervision.leaders.cockpit")))
               .setAutoWidth(true).setFlexGrow(0);
        leaders.setEmptyStateText(getTranslation("empty.leaders"));
        leaders.setAllRowsVisible(true);
        leaders.setWidthFull();
    }

    private void figure(Light light, ToIntFunction<LeaderLights> count) {
        leaders.addComponentColumn(row -> figureLink(count.applyAsInt(row), "key-projects?leader="
                                                                            + encode(row.leader()) + "&light="
                                                                            + light.name()))
               .setHeader(words.light(light)).setAutoWidth(true).setFlexGrow(0).setKey(light.name());
    }

    private static Component figureLink(int count, String href) {
        Anchor link = new Anchor(href, String.valueOf(count));
        link.addClassName("figure-link");
        return link;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.restore(event.getLocation().getQueryParameters());
    }

    void refresh() {
        if (caller.has(Role.MANAGER)) {
            List<LeaderLights> lights = queries.query(new FindLeaderLightsQuery(null, null, null),
                                                      ResponseTypes.multipleInstancesOf(LeaderLights.class)).join();
            leaders.setItems(lights == null ? List.of() : lights);
        }
        // only managers look at another leader's cockpit: a leader sees their own whatever the address says
        String whose = leader.getValue() == null || !caller.has(Role.MANAGER) ? null : leader.getValue().username();
        boolean mine = caller.has(Role.LEADER) && (whose == null || whose.equals(caller.id()));
        cards.removeAll();
        redProblems.removeAll();
        instructions.removeAll();
        shown.clear();
        problemsShown.clear();
        boolean any = whose != null || caller.has(Role.LEADER);
        List.of(projectsTitle, problemsTitle, instructionsTitle, summary)
            .forEach(part -> part.setVisible(any));
        if (!any) {
            return; // a manager who is no leader picks one first
        }
        Cockpit before = cockpit;
        cockpit = afterAction ? ReadModelLag.changedFrom(before, () -> read(whose)) : read(whose);
        afterAction = false;
        List<KeyProjectRow> projects = cockpit == null ? List.of() : cockpit.projects();
        List<ProblemRow> red = cockpit == null ? List.of() : cockpit.redProblems();
        Map<String, String> problemTexts = SupervisionPanel.problemTexts(red);
        summary.setText(getTranslation("supervision.count", projects.size(),
                                       projects.stream().filter(row -> row.light() == Light.RED).count(),
                                       projects.stream().filter(row -> row.light() == Light.YELLOW).count(),
                                       projects.stream().filter(row -> row.light() == Light.GREEN).count()));
        projectsTitle.setText(whose == null || mine ? getTranslation("supervision.cockpit.projects")
                              : getTranslation("supervision.cockpit.projectsOf", words.person(whose)));
        for (KeyProjectRow row : projects) {
            KeyProjectCard[] card = new KeyProjectCard[1];
            card[0] = new KeyProjectCard(row, words, !mine, mine, problemTexts,
                                         () -> new InstructionDialog(words, sender, row.year(), row.leadId(),
                                                                     row.company(), null, this::afterAction).open());
            shown.add(card[0]);
            cards.add(card[0]);
        }
        if (projects.isEmpty()) {
            cards.add(new Div(getTranslation("supervision.cockpit.none")));
        }
        ProblemRights rights = new ProblemRights(caller, directory.departmentOf(caller.id()), false, mine);
        int year = cockpit == null ? LocalDate.now(BureauTime.ZONE).getYear()
                                   : cockpit.year();
        for (ProblemRow problem : red) {
            ProblemItem item = new ProblemItem(problem, words, rights, sender, true, year, this::afterAction);
            problemsShown.add(item);
            redProblems.add(item);
        }
        if (red.isEmpty()) {
            redProblems.add(new Div(getTranslation("supervision.cockpit.noRedProblems")));
        }
        if (cockpit != null) {
            cockpit.instructions().forEach(instruction -> instructions.add(new ListItem(
                    instruction.company() + " · " + SupervisionPanel.instruction(instruction, problemTexts, words))));
        }
        if (cockpit == null || cockpit.instructions().isEmpty()) {
            instructions.add(new ListItem(getTranslation("supervision.instructions.none")));
        }
    }

    private Cockpit read(String whose) {
        return queries.query(new FindCockpitQuery(whose, null, null, null), ResponseTypes.instanceOf(Cockpit.class))
                      .join();
    }

    /** After an instruction or a problem's step: the cockpit once the read model has it. */
    private void afterAction() {
        afterAction = true;
        refresh();
    }

    /** The key project's card in the cockpit (tests). */
    Optional<KeyProjectCard> card(String leadId) {
        return shown.stream().filter(card -> card.leadId.equals(leadId)).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title.cockpit") + " · " + getTranslation("app.title");
    }
}
