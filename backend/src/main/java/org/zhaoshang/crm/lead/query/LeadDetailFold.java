package org.zhaoshang.crm.lead.query;

import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.state.LeadState;

import java.util.Comparator;
import java.util.List;

/** Folds a lead's events, oldest first, into its {@link LeadState}, and tells it as the lead's {@link LeadDetail}. */
final class LeadDetailFold {

    private LeadState lead = LeadState.NONE;
    private long version;

    /** Applies the lead's event with the given sequence number; the lead's version is that of its last event. */
    void apply(Object event, long sequence) {
        version = sequence;
        if (event instanceof LeadEvent leadEvent) {
            lead = lead.apply(leadEvent, null);
        }
    }

    /** The detail, or null when no event created the lead. */
    LeadDetail detail() {
        return lead.exists() ? detail(lead, version) : null;
    }

    /** What the lead's sheet rows said beyond its fields, the oldest first. */
    List<LeadState.ImportRecord> importRecords() {
        return lead.importRecords();
    }

    private static LeadDetail detail(LeadState lead, long version) {
        LeadState.Figures figures = lead.figures();
        return new LeadDetail(
                lead.leadId(), lead.company(), lead.market(), lead.channel(), lead.introducedBy(), lead.owner(),
                lead.team(), lead.stage(), lead.status(), lead.identifiedOn(), figures.plannedInvestment(),
                figures.landAreaMu(), figures.investmentPerMuWan(), figures.floorSpaceM2(),
                figures.expectedAnnualTaxWan(), figures.expectedJobs(), figures.targetZone(),
                figures.targetBuilding(), lead.assessment().priority(), lead.assessment().likelihoodPercent(),
                lead.assessment().responsibleLeader(), lead.agreement().signedOn(), lead.agreement().reference(),
                lead.registeredOn(), lead.hold().reason(), lead.hold().revisitOn(), lead.loss().reason(),
                lead.loss().detail(), lead.loss().competingLocation(), lead.contacts().values().stream().toList(),
                lead.activities().values().stream()
                    .sorted(Comparator.comparing(LeadDetail.ActivityEntry::occurredOn).reversed()).toList(),
                lead.followUps().values().stream().sorted(Comparator.comparing(LeadDetail.FollowUpEntry::dueOn))
                    .toList(),
                version, false, false, lead.dataToComplete());
    }
}
