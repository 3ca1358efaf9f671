package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A building's profile to register or change: names, kind, zone, address, operator, building manager (only a manager
 * names one), floor space and floors, themes. Its fields carry the names the backend's violations use.
 */
final class BuildingForm extends FormLayout {

    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final ComboBox<BuildingKind> kind = new ComboBox<>();
    final ComboBox<TargetZone> zone = new ComboBox<>();
    final TextField address = new TextField();
    final TextField operator = new TextField();
    final ComboBox<Person> manager = new ComboBox<>();
    final BigDecimalField totalArea = new BigDecimalField();
    final BigDecimalField commercialArea = new BigDecimalField();
    final IntegerField floorsAbove = new IntegerField();
    final IntegerField floorsBelow = new IntegerField();
    final MultiSelectComboBox<Industry> themes = new MultiSelectComboBox<>();
    private final FieldErrors errors = new FieldErrors();
    private final List<Person> people;

    BuildingForm(PeopleDirectory directory, boolean mayNameManager) {
        addClassName("building-form");
        nameZh.setLabel(getTranslation("building.field.nameZh"));
        nameZh.setRequired(true);
        nameEn.setLabel(getTranslation("building.field.nameEn"));
        kind.setLabel(getTranslation("building.field.kind"));
        kind.setItems(BuildingKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("building.kind." + value.name()));
        kind.setValue(BuildingKind.BUILDING);
        zone.setLabel(getTranslation("building.field.zone"));
        zone.setItems(TargetZone.values());
        zone.setItemLabelGenerator(value -> getTranslation("zone." + value.name()));
        address.setLabel(getTranslation("building.field.address"));
        operator.setLabel(getTranslation("building.field.operator"));
        manager.setLabel(getTranslation("building.field.manager"));
        people = directory.withAnyRole(Set.of(Role.STAFF, Role.MANAGER));
        manager.setItems(people);
        manager.setItemLabelGenerator(Person::displayName);
        manager.setClearButtonVisible(true);
        manager.setReadOnly(!mayNameManager);
        totalArea.setLabel(getTranslation("building.field.totalArea"));
        totalArea.setSuffixComponent(new com.vaadin.flow.component.html.Span("m²"));
        commercialArea.setLabel(getTranslation("building.field.commercialArea"));
        commercialArea.setSuffixComponent(new com.vaadin.flow.component.html.Span("m²"));
        floorsAbove.setLabel(getTranslation("building.field.floorsAbove"));
        floorsBelow.setLabel(getTranslation("building.field.floorsBelow"));
        floorsBelow.setValue(0);
        themes.setLabel(getTranslation("building.field.themes"));
        themes.setItems(Industry.values());
        themes.setItemLabelGenerator(value -> getTranslation("industry." + value.name()));
        errors.field("nameZh", nameZh).field("nameEn", nameEn).field("kind", kind).field("zone", zone)
              .field("address", address).field("operator", operator).field("manager", manager)
              .field("totalAreaM2", totalArea).field("commercialAreaM2", commercialArea)
              .field("floorsAbove", floorsAbove).field("floorsBelow", floorsBelow);
        add(nameZh, nameEn, kind, zone, address, operator, manager, totalArea, commercialArea, floorsAbove,
            floorsBelow, themes);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    FieldErrors errors() {
        return errors;
    }

    void show(BuildingProfile profile) {
        nameZh.setValue(text(profile.nameZh()));
        nameEn.setValue(text(profile.nameEn()));
        kind.setValue(profile.kind());
        zone.setValue(profile.zone());
        address.setValue(text(profile.address()));
        operator.setValue(text(profile.operator()));
        manager.setValue(profile.manager() == null ? null : people.stream().filter(
                person -> person.username().equals(profile.manager())).findFirst()
                .orElse(new Person(profile.manager(), profile.manager())));
        totalArea.setValue(profile.totalAreaM2());
        commercialArea.setValue(profile.commercialAreaM2());
        floorsAbove.setValue(profile.floorsAbove());
        floorsBelow.setValue(profile.floorsBelow());
        themes.setValue(profile.themes());
    }

    BuildingProfile profile() {
        return new BuildingProfile(blankToNull(nameZh.getValue()), blankToNull(nameEn.getValue()), kind.getValue(),
                                   zone.getValue(), blankToNull(address.getValue()),
                                   blankToNull(operator.getValue()),
                                   manager.getValue() == null ? null : manager.getValue().username(),
                                   totalArea.getValue(), commercialArea.getValue(),
                                   floorsAbove.getValue() == null ? 0 : floorsAbove.getValue(),
                                   floorsBelow.getValue() == null ? 0 : floorsBelow.getValue(),
                                   themes.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(themes.getValue()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
