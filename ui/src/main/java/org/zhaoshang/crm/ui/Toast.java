package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short confirmation after something was saved, moved or exported, in words ("泰晤士资本 已移至 洽谈"). */
public final class Toast {

    private Toast() {
    }

    public static Notification done(String message) {
        Notification toast = Notification.show(message, 4_000, Notification.Position.BOTTOM_START);
        toast.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        toast.addClassName("toast");
        return toast;
    }
}
