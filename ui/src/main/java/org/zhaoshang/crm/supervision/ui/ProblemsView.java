package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.query.FindProblemsQuery;
import org.zhaoshang.crm.supervision.api.query.ProblemList;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.ReadModelLag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The problems (督办) most overdue first, where departments and managers work: filters by status, department and card
 * in the address ({@code /problems?department=…&level=RED}); each problem with its history and the actions the caller
 * may take in place. A leader sees the problems of their key projects.
 */
@Route("problems")
@Menu(title = "nav.problems", order = 5.9)
@RolesAllowed({"STAFF", "MANAGER", "LEADER"})
public class ProblemsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SHOWN_AT_MOST = 200;

    final ComboBox<ProblemStatus> status = new ComboBox<>();
    final ComboBox<Department> department = new ComboBox<>();
    final ComboBox<Escalation> level = new ComboBox<>();
    final Span count = new Span();
    final Div list = new Div();
    /** The problems shown, in order (tests). */
    final List<ProblemItem> shown = new ArrayList<>();
    private final QueryGateway queries;
    private final CommandSender sender;
    private final SupervisionWords words;
    private final ProblemRights rights;
    private final AddressFilters filters;
    private ProblemList last;
    private boolean afterAction;

    public ProblemsView(CommandGateway commands, QueryGateway queries, CurrentCaller current,
                        PeopleDirectory directory) {
        this.queries = queries;
        Caller caller = current.caller();
        words = new SupervisionWords(this, directory, queries);
        sender = new CommandSender(commands, this, this::refresh);
        rights = new ProblemRights(caller, directory.departmentOf(caller.id()), false, caller.has(Role.LEADER));
        addClassName("problems-view");
        status.setLabel(getTranslation("supervision.filter.status"));
        status.setItems(ProblemStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("supervision.status." + value.name()));
        status.setClearButtonVisible(true);
        department.setLabel(getTranslation("supervision.card.department"));
        department.setItems(words.departments().values());
        department.setItemLabelGenerator(words::name);
        department.setClearButtonVisible(true);
        level.setLabel(getTranslation("supervision.filter.level"));
        level.setItems(Escalation.values());
        level.setItemLabelGenerator(value -> getTranslation("supervision.level." + value.name()));
        level.setClearButtonVisible(true);
        filters = new AddressFilters(this, "problems", this::refresh)
                .add("status", status, ProblemStatus::name, AddressFilters.constant(ProblemStatus.class))
                .add("department", department, Department::code,
                     code -> Optional.ofNullable(words.departments().get(code)))
                .add("level", level, Escalation::name, AddressFilters.constant(Escalation.class));
        FlexLayout bar = new FlexLayout(status, department, level);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        list.addClassName("problem-list");
        list.setWidthFull();
        count.addClassName("problems-count");
        add(new H2(getTranslation("supervision.title.problems")), bar, count, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.restore(event.getLocation().getQueryParameters());
    }

    void refresh() {
        ProblemList problems = afterAction ? ReadModelLag.changedFrom(last, this::read) : read();
        afterAction = false;
        last = problems;
        List<ProblemRow> all = problems == null ? List.of() : problems.rows();
        // each problem is a card with its actions: the most urgent ones, as many as a page holds usefully
        List<ProblemRow> rows = all.size() > SHOWN_AT_MOST ? all.subList(0, SHOWN_AT_MOST) : all;
        list.removeAll();
        shown.clear();
        int year = LocalDate.now(BureauTime.ZONE).getYear();
        for (ProblemRow problem : rows) {
            ProblemItem item = new ProblemItem(problem, words, rights, sender, true, year, this::afterAction);
            shown.add(item);
            list.add(item);
        }
        int total = problems == null ? 0 : problems.total();
        count.setText(total > rows.size() ? getTranslation("supervision.problems.countCut", rows.size(), total)
                      : getTranslation("supervision.problems.count", total));
        if (rows.isEmpty()) {
            list.add(new Div(getTranslation("empty.problems")));
        }
    }

    private ProblemList read() {
        return queries.query(new FindProblemsQuery(status.getValue(), department.getValue() == null ? null
                                                           : department.getValue().code(), level.getValue(), null,
                                                   null), ResponseTypes.instanceOf(ProblemList.class)).join();
    }

    /** After a problem's step: the list once the read model has it. */
    private void afterAction() {
        afterAction = true;
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title.problems") + " · " + getTranslation("app.title");
    }
}
