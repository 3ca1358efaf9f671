package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the header for the signed-in user (the inbox's bell), so that the frame names no
 * feature. A Spring bean; {@link #create()} makes the component anew for each UI.
 */
public interface HeaderPart {

    Component create();
}
