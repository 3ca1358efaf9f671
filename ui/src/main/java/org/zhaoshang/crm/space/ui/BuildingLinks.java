package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.html.Anchor;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.TargetZone;

/** The addresses of the building library's pages (the buildings views own them): each figure's way in. */
final class BuildingLinks {

    private BuildingLinks() {
    }

    /** The buildings at a tier (or above: the list counts as the figure does) in a year. */
    static String tier(TaxTier tier, int year) {
        return "buildings?tier=" + tier.name() + "&year=" + year;
    }

    static String zone(TargetZone zone) {
        return "buildings?zone=" + zone.name();
    }

    static String building(String buildingId) {
        return "buildings/" + buildingId;
    }

    static Anchor anchor(String text, String href, String className) {
        Anchor anchor = new Anchor(href, text);
        anchor.addClassName(className);
        return anchor;
    }
}
