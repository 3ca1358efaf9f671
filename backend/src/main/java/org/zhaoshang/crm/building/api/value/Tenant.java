package org.zhaoshang.crm.building.api.value;

import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.shared.api.Violations;

/**
 * Who rents a unit: one of ours (a lead, and its signed project once there is one) or another company by name.
 *
 * @param companyName the name shown on the stacking plan (required; for a lead, its company's shown name)
 * @param leadId      the lead, when the tenant is one of ours
 * @param projectId   the signed project that moved in, when there is one (then the lead is given too)
 * @param industry    its industry, when known
 */
public record Tenant(String companyName, String leadId, String projectId, Industry industry) {

    public boolean ours() {
        return leadId != null;
    }

    public Violations validate(Violations violations) {
        violations.required("tenant.companyName", companyName)
                  .maxLength("tenant.companyName", companyName, Violations.MAX_NAME_LENGTH)
                  .check(projectId == null || leadId != null, "tenant.leadId", "required",
                         "a signed project's lead must be given with it");
        if (leadId != null) {
            violations.identifier("tenant.leadId", leadId);
        }
        if (projectId != null) {
            violations.identifier("tenant.projectId", projectId);
        }
        return violations;
    }
}
