package org.zhaoshang.crm.shared.api;

import java.util.List;

/** The answer to {@link FindAmbassadorChoicesQuery}, sorted by name. */
public record AmbassadorChoices(List<Choice> ambassadors) {

    public AmbassadorChoices {
        ambassadors = List.copyOf(ambassadors);
    }

    /** One ambassador or partner by id and name; a deactivated one is still a choice for old records. */
    public record Choice(String ambassadorId, String name, boolean active) {
    }
}
