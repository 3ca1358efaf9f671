package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses a user by name among those with the given roles, narrowed by typing part of the name or the login name.
 * Commands still carry the login name ({@link #username()}).
 */
public class PersonPicker extends ComboBox<Person> {

    /** Who may own a lead or be given a follow-up. */
    public static final Set<Role> STAFF = Set.of(Role.STAFF, Role.MANAGER);

    private final PeopleDirectory people;
    private final List<Person> choices;

    public PersonPicker(PeopleDirectory people, Set<Role> roles) {
        this.people = people;
        this.choices = new ArrayList<>(people.withAnyRole(roles));
        setItems((person, typed) -> matches(person, typed), choices);
        setItemLabelGenerator(Person::displayName);
        setClearButtonVisible(true);
        addClassName("person-picker");
    }

    private static boolean matches(Person person, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return person.displayName().toLowerCase(Locale.ROOT).contains(wanted)
               || person.username().toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** The chosen user's login name; null when none is chosen. */
    public String username() {
        return isEmpty() ? null : getValue().username();
    }

    /** Chooses the user with this login name (listed even when no longer among the choices); none when null. */
    public void selectUser(String username) {
        if (username == null) {
            clear();
            return;
        }
        Person person = choices.stream().filter(choice -> choice.username().equals(username)).findFirst()
                               .orElseGet(() -> {
                                   Person former = new Person(username, people.nameOf(username));
                                   choices.add(former);
                                   getListDataView().refreshAll();
                                   return former;
                               });
        setValue(person);
    }
}
