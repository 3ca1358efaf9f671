package org.zhaoshang.crm.ambassador.web;

import org.zhaoshang.crm.ambassador.api.AmbassadorSummary;
import org.zhaoshang.crm.lead.api.query.AmbassadorScorecard;

public record NamedScorecard(AmbassadorSummary ambassador, AmbassadorScorecard scorecard) {
}
