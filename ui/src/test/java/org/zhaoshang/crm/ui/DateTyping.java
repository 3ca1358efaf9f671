package org.zhaoshang.crm.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;

/** Typing into a date field what the browser cannot read by itself, as it then hands the text to the server. */
public final class DateTyping {

    private DateTyping() {
    }

    public static void typeUnreadable(DatePicker field, String typed) {
        field.getElement().setProperty("_inputElementValue", typed);
        ElementUtilsKt._fireDomEvent(field.getElement(),
                                     new DomEvent(field.getElement(), "unparsable-change", Json.createObject()));
    }
}
