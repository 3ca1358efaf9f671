package org.zhaoshang.crm.lead.api;

import java.util.List;

public record AmbassadorScorecards(List<AmbassadorScorecard> scorecards) {
}
