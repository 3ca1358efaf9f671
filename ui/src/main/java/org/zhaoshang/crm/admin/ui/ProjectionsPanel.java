package org.zhaoshang.crm.admin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.projection.FindProjectionsQuery;
import org.zhaoshang.crm.projection.ProjectionStatus;
import org.zhaoshang.crm.projection.ProjectionStatuses;
import org.zhaoshang.crm.projection.RebuildProjectionCommand;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.Translations;

/**
 * Each read model's position in the event log; a rebuild from the log with its progress, polled every second. A
 * rebuild empties what every user's lists and figures read from, so it asks first, saying so and for how long.
 */
class ProjectionsPanel extends VerticalLayout {

    static final int POLL_MILLIS = 1_000;
    /** A full rebuild replays at least this many events a second (docs/benchmarks.md: 5,587 at 10,000 leads). */
    static final long REBUILD_EVENTS_PER_SECOND = 5_000;

    final Grid<ProjectionStatus> grid = new Grid<>();
    private final QueryGateway queries;
    private Registration polling;

    ProjectionsPanel(CommandGateway commands, QueryGateway queries) {
        grid.setEmptyStateText(getTranslation("empty.projections"));
        this.queries = queries;
        CommandSender sender = new CommandSender(commands, this, this::refresh);
        grid.addColumn(this::name).setHeader(getTranslation("admin.projection.name"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::progress).setHeader(getTranslation("admin.projection.progress"))
            .setFlexGrow(1);
        grid.addComponentColumn(status -> {
            Button rebuild = new Button(getTranslation("admin.projection.rebuild"), click -> confirmRebuild(status, () -> {
                if (sender.send(new RebuildProjectionCommand(status.projection()), null)) {
                    refresh();
                }
            }));
            rebuild.addThemeVariants(ButtonVariant.LUMO_SMALL);
            rebuild.setEnabled(!status.rebuilding());
            return rebuild;
        }).setKey("rebuild").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private String name(ProjectionStatus status) {
        return Translations.first(getLocale(), "admin.projection.name." + status.projection())
                           .orElse(status.projection());
    }

    private void confirmRebuild(ProjectionStatus status, Runnable rebuild) {
        long seconds = Math.max(1, (status.head() + 1 + REBUILD_EVENTS_PER_SECOND - 1) / REBUILD_EVENTS_PER_SECOND);
        String duration = seconds < 90 ? getTranslation("admin.projection.seconds", seconds)
                                       : getTranslation("admin.projection.minutes", (seconds + 59) / 60);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.projection.confirm.title", name(status)));
        confirm.setText(getTranslation("admin.projection.confirm.text", status.head() + 1, duration));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("lead.form.cancel"));
        confirm.setConfirmText(getTranslation("admin.projection.rebuild"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> rebuild.run());
        confirm.open();
    }

    void refresh() {
        grid.setItems(queries.query(new FindProjectionsQuery(), ResponseTypes.instanceOf(ProjectionStatuses.class))
                             .join().projections());
    }

    private VerticalLayout progress(ProjectionStatus status) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, status.head() + 1), Math.max(0, status.position() + 1));
        String text = status.error() != null ? getTranslation("admin.projection.error", status.error())
                      : status.rebuilding() ? getTranslation("admin.projection.rebuilding", status.position() + 1,
                                                             status.head() + 1, status.eventsPerSecond(),
                                                             status.etaSeconds())
                      : getTranslation("admin.projection.position", status.position() + 1, status.head() + 1);
        VerticalLayout cell = new VerticalLayout(bar, new Span(text));
        cell.setPadding(false);
        cell.setWidthFull();
        cell.setSpacing(false);
        return cell;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().setPollInterval(POLL_MILLIS);
        polling = attachEvent.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }
}
