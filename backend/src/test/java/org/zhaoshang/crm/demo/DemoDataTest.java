package org.zhaoshang.crm.demo;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.security.api.PeopleDirectory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A new embedded store starts with 300 leads whose history passed every rule of the real commands. */
@SpringBootTest(properties = "zhaoshang.demo-leads=300")
class DemoDataTest {

    @Autowired
    private QueryGateway queries;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private PeopleDirectory people;

    @Test
    void threeHundredLeadsFromEveryMarketAtEveryStageSomeOnHoldOrLost() {
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).until(() -> page(0).total() == 300);
        List<LeadSummary> leads = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            leads.addAll(page(page).leads());
        }

        assertThat(leads.stream().map(LeadSummary::market).collect(Collectors.toSet()))
                .isEqualTo(Set.of(SourceMarket.values()));
        assertThat(leads.stream().map(LeadSummary::stage).collect(Collectors.toSet()))
                .isEqualTo(Set.of(Stage.values()));
        assertThat(leads).anyMatch(lead -> lead.status() == LeadStatus.LOST)
                         .anyMatch(lead -> lead.status() == LeadStatus.ON_HOLD)
                         .anyMatch(lead -> lead.plannedInvestmentCnyWan() != null);
        assertThat(leads).allSatisfy(lead -> {
            assertThat(people.nameOf(lead.owner())).as("the owner %s is a demo user", lead.owner())
                                                  .isNotEqualTo(lead.owner()).matches(".*\\p{IsHan}.*");
            assertThat(lead.openFollowUps()).allSatisfy(
                    followUp -> assertThat(people.nameOf(followUp.assignee())).isNotEqualTo(followUp.assignee()));
        });
        // the leads' own events: the signed projects' reactions write project events of their own meanwhile
        long events = leads.stream().mapToLong(lead -> eventStore.readEvents(lead.leadId()).asStream().count()).sum();
        System.out.printf("[DemoDataTest] 300 demo leads, %d lead events%n", events);
        assertThat(events).isGreaterThan(300 * 3);
    }

    private LeadPage page(int page) {
        return queries.query(FindLeadsQuery.newestFirst(page, 200), ResponseTypes.instanceOf(LeadPage.class)).join();
    }
}
