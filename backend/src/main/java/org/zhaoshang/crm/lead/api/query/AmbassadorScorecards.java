package org.zhaoshang.crm.lead.api.query;

import java.util.List;

public record AmbassadorScorecards(List<AmbassadorScorecard> scorecards) {
}
