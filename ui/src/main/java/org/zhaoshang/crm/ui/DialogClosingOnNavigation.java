package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;

/** A dialog that closes when the user navigates away (a link in it, or back), so it never covers the next view. */
public class DialogClosingOnNavigation extends Dialog {

    private Registration closingOnNavigation;

    public DialogClosingOnNavigation(String title) {
        super(title);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        closingOnNavigation = attachEvent.getUI().addAfterNavigationListener(navigated -> close());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        closingOnNavigation.remove();
    }
}
