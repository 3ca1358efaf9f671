package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to a building's page (the leads that would fit it), so that the building views name
 * no feature that itself reads buildings. A Spring bean; {@link #create} makes the component anew for each page.
 */
public interface BuildingPanel {

    /** The section for this building, as the caller may see it. */
    Component create(String buildingId);
}
