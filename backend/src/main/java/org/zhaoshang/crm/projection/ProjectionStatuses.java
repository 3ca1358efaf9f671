package org.zhaoshang.crm.projection;

import java.util.List;

public record ProjectionStatuses(List<ProjectionStatus> projections) {
}
