package org.zhaoshang.crm.project.web;

import org.zhaoshang.crm.project.api.value.AgreementBasis;

import java.time.LocalDate;

/**
 * A further agreement with the lead's company: a second phase or a capital increase (增资), whose commitments are the
 * increase alone.
 */
public record FurtherAgreementRequest(LocalDate agreementSignedOn, String agreementReference, AgreementBasis basis,
                                      CommitmentsRequest commitments) {
}
