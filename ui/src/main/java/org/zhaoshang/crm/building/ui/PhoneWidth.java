package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Marks a view with the class {@value #PHONE_CLASS} while the browser window is narrower than {@value #PHONE} px, so
 * that its stylesheet lays rows out as cards and the stacking plan floor by floor: building managers use phones.
 */
final class PhoneWidth {

    static final int PHONE = 600;
    static final String PHONE_CLASS = "phone";

    private PhoneWidth() {
    }

    /** Follows the window's width from now on (its width now, then every resize). */
    static Registration follow(UI ui, Component view) {
        ui.getPage().retrieveExtendedClientDetails(details -> fit(view, details.getWindowInnerWidth()));
        return ui.getPage().addBrowserWindowResizeListener(resized -> fit(view, resized.getWidth()));
    }

    static void fit(Component view, int width) {
        view.getElement().getClassList().set(PHONE_CLASS, width > 0 && width < PHONE);
    }
}
