package org.zhaoshang.crm.building.lapse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservationEndedEvent;
import org.zhaoshang.crm.building.api.command.AddUnitCommand;
import org.zhaoshang.crm.building.api.command.LetUnitCommand;
import org.zhaoshang.crm.building.api.command.RegisterBuildingCommand;
import org.zhaoshang.crm.building.api.command.ReserveUnitCommand;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.ReservationEnd;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.projection.ProjectionRebuilds;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * The reactions to buildings' events in a running application with a clock the test moves: a lost lead's reservations
 * end, a sweep ends those past their day, and a unit let to a signed project records its "moved in" once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "zhaoshang.space.lapse-check=0")
@Import(BuildingReactionsTest.MovableClock.class)
class BuildingReactionsTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore events;
    @Autowired
    private MovableClock.Moved clock;
    @Autowired
    private ReservationIndex reservations;
    @Autowired
    private BuildingReactions reactions;
    @Autowired
    private ProjectLeads leads;
    @Autowired
    private ProjectionRebuilds projections;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aUnitLetToASignedProjectRecordsItsMoveInOnce() throws Exception {
        String lead = signed("London Bank " + UUID.randomUUID());
        LocalDate today = BureauTime.today(clock);
        String project = ProjectLeads.firstProjectId(lead, today, "M-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.readEvents(project, 0).hasNext());
        String building = building("u-1", "u-2");
        Tenant tenant = new Tenant("London Bank", lead, project, null);

        commands.sendAndWait(new LetUnitCommand(building, "u-1", List.of(), tenant, today, null, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> movedIn(project).size() == 1);
        ProgressRecordedEvent recorded = movedIn(project).get(0);
        assertThat(recorded.fact().day()).isEqualTo(today);
        assertThat(recorded.origin()).isEqualTo(ProgressOrigin.UNIT_LET);

        DomainEventMessage<?> let = buildingEvents(building).stream()
                                                          .filter(event -> event.getPayload() instanceof UnitLetEvent)
                                                          .findFirst().orElseThrow();
        reactions.on((UnitLetEvent) let.getPayload(), let.getSequenceNumber(), MetaData.emptyInstance()); // replayed
        commands.sendAndWait(new LetUnitCommand(building, "u-2", List.of(), tenant, today, null, null));
        DomainEventMessage<?> second = buildingEvents(building).get(4);
        reactions.on((UnitLetEvent) second.getPayload(), second.getSequenceNumber(), MetaData.emptyInstance());
        assertThat(movedIn(project)).as("the project has moved in already").hasSize(1);
    }

    @Test
    void aLostLeadsReservationsEndAndASweepEndsThosePastTheirDay() throws Exception {
        String lost = signed("Lost Bank " + UUID.randomUUID());
        String kept = signed("Kept Bank " + UUID.randomUUID());
        LocalDate today = BureauTime.today(clock);
        String building = building("u-1", "u-2", "u-3");
        commands.sendAndWait(new ReserveUnitCommand(building, "u-1", List.of("u-2"), lost, null, null));
        commands.sendAndWait(new ReserveUnitCommand(building, "u-3", List.of(), kept, today, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> reservations.forLead(lost).size() == 2);

        ResponseEntity<String> marked = http.withBasicAuth("manager", "demo").postForEntity(
                "/api/leads/" + lost + "/lose", json("{\"reason\":\"PROJECT_CANCELLED\"}"), String.class);
        assertThat(marked.getStatusCode()).as(marked.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(10)).until(() -> ended(building, ReservationEnd.LEAD_LOST).size() == 2);

        ReservationSweep sweep = new ReservationSweep(clock, Duration.ZERO, reservations, leads, commands,
                                                      projections);
        await().atMost(Duration.ofSeconds(10)).until(() -> reservations.forLead(lost).isEmpty());
        assertThat(sweep.sweep()).as("the reservation's last day is today").isZero();
        clock.ahead(Duration.ofDays(1));
        assertThat(sweep.sweep()).isEqualTo(1);
        assertThat(ended(building, ReservationEnd.EXPIRED)).extracting(UnitReservationEndedEvent::unitId)
                                                            .containsExactly("u-3");
        await().atMost(Duration.ofSeconds(10)).until(() -> reservations.forLead(kept).isEmpty());
        assertThat(sweep.sweep()).isZero();
    }

    private List<ProgressRecordedEvent> movedIn(String project) {
        return events.readEvents(project, 0).asStream().map(DomainEventMessage::getPayload)
                     .filter(ProgressRecordedEvent.class::isInstance).map(ProgressRecordedEvent.class::cast)
                     .filter(recorded -> recorded.fact().milestone() == Milestone.MOVED_IN).toList();
    }

    private List<UnitReservationEndedEvent> ended(String building, ReservationEnd reason) {
        return buildingEvents(building).stream().map(DomainEventMessage::getPayload)
                                       .filter(UnitReservationEndedEvent.class::isInstance)
                                       .map(UnitReservationEndedEvent.class::cast)
                                       .filter(ended -> ended.reason() == reason).toList();
    }

    private List<? extends DomainEventMessage<?>> buildingEvents(String building) {
        return events.readEvents(building, 0).asStream().filter(event -> event.getPayload() instanceof BuildingEvent)
                     .toList();
    }

    /** A building with units side by side on floor 12, registered by the application. */
    private String building(String... units) {
        String building = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterBuildingCommand(building, new BuildingProfile(
                "汇金大厦", null, BuildingKind.BUILDING, TargetZone.FINANCIAL_CITY_CLUSTER, null, null, null,
                new BigDecimal("60000"), new BigDecimal("50000"), 30, 0, Set.of())));
        for (int i = 0; i < units.length; i++) {
            commands.sendAndWait(new AddUnitCommand(building, units[i], new UnitLayout(
                    12, "12" + i, i + 1, new BigDecimal("1500"), null), null));
        }
        return building;
    }

    /** A lead a manager created and moved to SIGNED (agreement M-1 today), meeting every gate on the way. */
    private String signed(String company) throws Exception {
        TestRestTemplate manager = http.withBasicAuth("manager", "demo");
        ResponseEntity<String> created = manager.postForEntity("/api/leads", json(
                "{\"companyNameEn\":\"" + company + "\",\"market\":\"LONDON\"}"), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String lead = json.readTree(created.getBody()).get("leadId").asText();
        String today = BureauTime.today(clock).toString();
        assertThat(manager.exchange("/api/leads/" + lead + "/numbers", HttpMethod.PUT, json(
                "{\"investmentAmountWan\":5000,\"targetZone\":\"FINANCIAL_CITY_CLUSTER\",\"floorSpaceM2\":3000}"),
                                    String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(manager.postForEntity("/api/leads/" + lead + "/activities", json(
                "{\"type\":\"VISIT_BY_THEM\",\"occurredOn\":\"" + today + "\",\"summary\":\"visit\"}"),
                                         String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> moved = manager.postForEntity("/api/leads/" + lead + "/stage", json(
                "{\"to\":\"SIGNED\",\"agreementSignedOn\":\"" + today + "\",\"agreementReference\":\"M-1\"}"),
                                                             String.class);
        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return lead;
    }

    /** The application's clock, moved ahead by the test. */
    @TestConfiguration
    static class MovableClock {

        @Bean
        @Primary
        Moved movableClock() {
            return new Moved();
        }

        static final class Moved extends Clock {

            private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

            void ahead(Duration more) {
                ahead.updateAndGet(known -> known.plus(more));
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), ahead.get());
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(ahead.get());
            }
        }
    }
}
