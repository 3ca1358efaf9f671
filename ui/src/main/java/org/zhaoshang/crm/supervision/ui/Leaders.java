package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The district leaders (users with the role LEADER) to pick one from, by their names. */
final class Leaders {

    private Leaders() {
    }

    static ComboBox<Person> chooser(PeopleDirectory directory, String label) {
        ComboBox<Person> leader = new ComboBox<>(label);
        List<Person> leaders = directory.withAnyRole(Set.of(Role.LEADER));
        leader.setItems(leaders);
        leader.setItemLabelGenerator(Person::displayName);
        leader.setClearButtonVisible(true);
        leader.addClassName("leader-chooser");
        return leader;
    }

    /** The leader of this login name among the chooser's, or empty. */
    static Optional<Person> find(ComboBox<Person> chooser, String username) {
        return chooser.getListDataView().getItems().filter(person -> person.username().equals(username)).findFirst();
    }
}
