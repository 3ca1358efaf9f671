package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.Component;

import java.util.List;

/** What a feature built on leads adds to the user's My work (a Spring bean), below the lead's own sections. */
public interface MyWorkSection {

    /** The section's components for the signed-in user, its heading first. */
    List<Component> create();
}
