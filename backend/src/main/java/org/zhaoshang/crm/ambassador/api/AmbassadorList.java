package org.zhaoshang.crm.ambassador.api;

import java.util.List;

public record AmbassadorList(List<AmbassadorSummary> ambassadors) {
}
