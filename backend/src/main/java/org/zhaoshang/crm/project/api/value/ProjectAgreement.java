package org.zhaoshang.crm.project.api.value;

import java.time.LocalDate;

/** The investment agreement a project comes from: the day it was signed, its number or title, and which one it is. */
public record ProjectAgreement(LocalDate signedOn, String reference, AgreementBasis basis) {
}
