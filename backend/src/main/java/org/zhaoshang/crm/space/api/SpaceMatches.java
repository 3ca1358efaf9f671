package org.zhaoshang.crm.space.api;

import java.util.List;

/** The need matched and the matches, best first. */
public record SpaceMatches(String leadId, SpaceNeed need, List<SpaceMatch> matches) {

    public SpaceMatches {
        matches = List.copyOf(matches);
    }
}
