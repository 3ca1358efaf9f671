package org.zhaoshang.crm.performance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.performance.api.StuckProjects;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.BureauFormats;

import java.util.ArrayList;
import java.util.List;

/**
 * The stuck projects (六未): one card per list of the chain with its count; a count opens the list's projects, the
 * longest overdue first, with the step overdue, the promised day, the days overdue, the leader and the owner.
 */
class StuckSection extends Div {

    final Div cards = new Div();
    private final PeopleDirectory people;

    StuckSection(PeopleDirectory people) {
        this.people = people;
        addClassName("performance-section");
        cards.addClassNames("performance-cards", "stuck-cards");
        Span note = new Span(getTranslation("performance.stuck.note"));
        note.addClassName("performance-note");
        add(new H3(getTranslation("performance.stuck")), note, cards);
    }

    void show(StuckProjects stuck) {
        cards.removeAll();
        for (StuckProjects.Group group : stuck.lists()) {
            Div card = new Div();
            card.addClassNames("performance-card", "stuck-card");
            if (!group.entries().isEmpty()) {
                card.addClassName("stuck-some");
            }
            Span name = new Span(listLabel(group));
            name.addClassName("stuck-name");
            Button count = new Button(getTranslation("performance.projects.count", group.entries().size()),
                                      click -> open(group));
            count.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            count.addClassName("figure-link");
            count.setId("stuck-" + group.list());
            count.setEnabled(!group.entries().isEmpty());
            card.add(name, count);
            cards.add(card);
        }
    }

    private String listLabel(StuckProjects.Group group) {
        return getTranslation("performance.stuck." + group.list().name());
    }

    ProjectCards<StuckProjects.Entry> open(StuckProjects.Group group) {
        ProjectCards<StuckProjects.Entry> dialog = new ProjectCards<>(listLabel(group), group.entries(),
                                                                      StuckProjects.Entry::leadId,
                                                                      StuckProjects.Entry::companyName, this::facts);
        dialog.open();
        return dialog;
    }

    /** What a card says of a stuck project: the step overdue, since when, by how long, and who answers for it. */
    String facts(StuckProjects.Entry entry) {
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("performance.kind." + entry.kind().name()));
        facts.add(getTranslation("performance.overdue.step", entry.overdue() == null
                                                              ? getTranslation("performance.step.capital")
                                                              : getTranslation("performance.milestone."
                                                                               + entry.overdue().name())));
        facts.add(getTranslation("performance.promisedOn", BureauFormats.date(entry.promisedOn(), getLocale())));
        facts.add(getTranslation("performance.daysOverdue", entry.daysOverdue()));
        facts.add(getTranslation("performance.leader", entry.responsibleLeader() == null
                                                        ? getTranslation("performance.nobody")
                                                        : people.nameOf(entry.responsibleLeader())));
        facts.add(getTranslation("performance.owner", people.nameOf(entry.owner())));
        return String.join(" · ", facts);
    }
}
