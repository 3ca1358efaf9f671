package org.zhaoshang.crm.lead.query;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.state.LeadLife;
import org.zhaoshang.crm.lead.state.LeadState;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list keeps of a lead what it shows, and applies the lead's next event to that: after every event of a life
 * with every kind of lead event, the row read back from its document is the row folded live, and a row that goes on
 * from its document after any event ends as the row of the whole lead.
 */
class LeadRowTest {

    private static LeadRow fold(LeadRow from, List<LeadLife.Recorded> events, int firstSequence) {
        LeadRow row = from;
        for (int i = 0; i < events.size(); i++) {
            LeadState lead = (row == null ? LeadState.NONE : row.lead()).apply(events.get(i).event(),
                                                                                events.get(i).at());
            row = new LeadRow(lead, firstSequence + i);
        }
        return row;
    }

    @Test
    void aRowReadBackFromItsDocumentIsTheRowFoldedLive() {
        List<LeadLife.Recorded> events = LeadLife.events();
        for (int end = 1; end <= events.size(); end++) {
            LeadRow row = fold(null, events.subList(0, end), 0);

            assertThat(LeadRow.fromDocument(row.toDocument())).as("after %d events", end).isEqualTo(row);
        }
    }

    @Test
    void aRowGoingOnFromItsDocumentEndsAsTheRowOfTheWholeLead() {
        List<LeadLife.Recorded> events = LeadLife.events();
        LeadRow whole = fold(null, events, 0);
        for (int end = 1; end < events.size(); end++) {
            LeadRow stored = LeadRow.fromDocument(fold(null, events.subList(0, end), 0).toDocument());

            LeadRow resumed = fold(stored, events.subList(end, events.size()), end);

            assertThat(resumed.toDocument()).as("resumed after %d events", end).isEqualTo(whole.toDocument());
            assertThat(resumed.toSummary()).isEqualTo(whole.toSummary());
        }
    }

    @Test
    void theListKeepsNoMoreOfALeadThanItShows() {
        LeadRow row = fold(null, LeadLife.events(), 0);

        assertThat(row.lead().company().website()).isNull();
        assertThat(row.lead().assessment()).isEqualTo(LeadState.Assessment.NONE);
        assertThat(row.lead().activities().values()).allSatisfy(activity -> assertThat(activity.summary()).isNull());
        assertThat(row.lead().followUps().values()).noneMatch(followUp -> followUp.done());
    }
}
