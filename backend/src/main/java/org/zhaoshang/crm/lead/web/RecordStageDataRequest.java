package org.zhaoshang.crm.lead.web;

import java.time.LocalDate;

public record RecordStageDataRequest(LocalDate agreementSignedOn, String agreementReference, LocalDate registeredOn,
                                     Long expectedVersion) {
}
