package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.Stage;

public record MoveLeadRequest(Stage stage) {
}
