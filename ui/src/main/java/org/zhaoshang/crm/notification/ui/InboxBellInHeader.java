package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.Component;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.ui.HeaderPart;

/** Puts the inbox's bell in every signed-in user's header. */
@org.springframework.stereotype.Component
class InboxBellInHeader implements HeaderPart {

    private final InboxAccess inbox;
    private final InboxTicks ticks;
    private final CurrentCaller current;

    InboxBellInHeader(InboxAccess inbox, InboxTicks ticks, CurrentCaller current) {
        this.inbox = inbox;
        this.ticks = ticks;
        this.current = current;
    }

    @Override
    public Component create() {
        return new InboxBell(inbox, ticks, current.caller().id());
    }
}
