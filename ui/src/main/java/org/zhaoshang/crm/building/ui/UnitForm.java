package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.ui.FieldErrors;

/** A unit's layout to add or change: floor, number, place along the floor, area, asking rent. */
final class UnitForm extends FormLayout {

    final IntegerField floor = new IntegerField();
    final TextField number = new TextField();
    final IntegerField position = new IntegerField();
    final BigDecimalField area = new BigDecimalField();
    final BigDecimalField rent = new BigDecimalField();
    private final FieldErrors errors = new FieldErrors();

    UnitForm() {
        addClassName("unit-form");
        floor.setLabel(getTranslation("building.unit.floor"));
        floor.setHelperText(getTranslation("building.unit.floorHelp"));
        number.setLabel(getTranslation("building.unit.number"));
        number.setMaxLength(UnitLayout.MAX_NUMBER_LENGTH);
        position.setLabel(getTranslation("building.unit.position"));
        position.setHelperText(getTranslation("building.unit.positionHelp"));
        area.setLabel(getTranslation("building.unit.area"));
        area.setSuffixComponent(new com.vaadin.flow.component.html.Span("m²"));
        rent.setLabel(getTranslation("building.unit.askingRent"));
        rent.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("building.rentUnit")));
        errors.field("floor", floor).field("number", number).field("position", position).field("areaM2", area)
              .field("askingRentYuanPerM2Day", rent);
        add(floor, number, position, area, rent);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2));
    }

    FieldErrors errors() {
        return errors;
    }

    void show(UnitLayout layout) {
        floor.setValue(layout.floor());
        number.setValue(layout.number());
        position.setValue(layout.position());
        area.setValue(layout.areaM2());
        rent.setValue(layout.askingRentYuanPerM2Day());
    }

    UnitLayout layout() {
        return new UnitLayout(floor.getValue() == null ? 0 : floor.getValue(),
                              BuildingForm.blankToNull(number.getValue()),
                              position.getValue() == null ? 0 : position.getValue(), area.getValue(),
                              rent.getValue());
    }
}
