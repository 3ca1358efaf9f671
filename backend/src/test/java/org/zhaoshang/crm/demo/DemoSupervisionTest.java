package org.zhaoshang.crm.demo;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectLeaders;
import org.zhaoshang.crm.problem.api.ProblemClosedEvent;
import org.zhaoshang.crm.problem.api.ProblemEvent;
import org.zhaoshang.crm.problem.api.ProblemProgressNotedEvent;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.problem.api.ProblemReopenedEvent;
import org.zhaoshang.crm.problem.api.ProblemResolvedEvent;
import org.zhaoshang.crm.problem.api.ProblemTalkRecordedEvent;
import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo store holds the year's 54 key projects over the demo leaders, and their problems in every status, some 3
 * and some 20 days overdue, with notes, talks and reopenings: every command of it passed the real rules.
 */
@SpringBootTest(properties = "zhaoshang.demo-leads=300")
class DemoSupervisionTest {

    @Autowired
    private MongoDatabase database;
    @Autowired
    private EventStore events;
    @Autowired
    private KeyProjectLeaders leaders;
    @Autowired
    private DepartmentCatalog departments;
    @Autowired
    private PeopleDirectory people;
    @Autowired
    private Clock clock;

    @Test
    void fiftyFourKeyProjectsOfTheYearEachWithItsLeader() {
        int year = BureauTime.today(clock).getYear();
        List<KeyProjectDesignatedEvent> designations = new ArrayList<>();
        database.getCollection(MongoEventStorageEngine.EVENTS)
                .distinct(EventLog.AGGREGATE_ID_FIELD, eq("payloadType", KeyProjectDesignatedEvent.class.getName()),
                          String.class)
                .forEach(id -> events.readEvents(id).asStream().map(DomainEventMessage::getPayload)
                                     .filter(KeyProjectDesignatedEvent.class::isInstance)
                                     .map(KeyProjectDesignatedEvent.class::cast).forEach(designations::add));

        assertThat(designations).hasSize(54).allMatch(designation -> designation.year() == year);
        assertThat(designations.stream().map(designation -> designation.designation().leader()).distinct())
                .containsExactlyInAnyOrderElementsOf(DemoSupervisionGenerator.LEADERS);
        assertThat(designations).allMatch(designation -> leaders.answersFor(designation.designation().leader(), year,
                                                                            designation.leadId()));
        assertThat(DemoDepartment.ALL).allSatisfy(department -> {
            assertThat(departments.isActive(department.code())).isTrue();
            assertThat(people.departmentOf(department.user())).isEqualTo(department.code());
        });
    }

    @Test
    void problemsInEveryStatusSomeThreeAndSomeTwentyDaysOverdue() {
        LocalDate today = BureauTime.today(clock);
        Set<ProblemStatus> statuses = EnumSet.noneOf(ProblemStatus.class);
        Set<Long> daysOverdue = new HashSet<>();
        Set<Class<?>> kinds = new HashSet<>();
        List<String> problems = database.getCollection(MongoEventStorageEngine.EVENTS)
                                        .distinct(EventLog.AGGREGATE_ID_FIELD, eq("type", "Problem"), String.class)
                                        .into(new ArrayList<>());
        for (String problem : problems) {
            ProblemStatus status = null;
            LocalDate dueOn = null;
            for (Object event : events.readEvents(problem).asStream().map(DomainEventMessage::getPayload).toList()) {
                kinds.add(event.getClass());
                ProblemEvent of = (ProblemEvent) event;
                if (of instanceof ProblemRaisedEvent raised) {
                    status = ProblemStatus.ASSIGNED;
                    dueOn = raised.dueOn();
                } else if (of instanceof ProblemProgressNotedEvent) {
                    status = status == ProblemStatus.ASSIGNED ? ProblemStatus.IN_PROGRESS : status;
                } else if (of instanceof ProblemResolvedEvent) {
                    status = ProblemStatus.RESOLVED;
                } else if (of instanceof ProblemClosedEvent) {
                    status = ProblemStatus.CLOSED;
                } else if (of instanceof ProblemReopenedEvent reopened) {
                    status = ProblemStatus.IN_PROGRESS;
                    dueOn = reopened.dueOn() == null ? dueOn : reopened.dueOn();
                }
            }
            statuses.add(status);
            if (status.open()) {
                daysOverdue.add(ChronoUnit.DAYS.between(dueOn, today));
            }
        }

        assertThat(problems).hasSize(48);
        assertThat(statuses).isEqualTo(EnumSet.allOf(ProblemStatus.class));
        assertThat(daysOverdue).contains(3L, 20L).anyMatch(days -> days < 0);
        assertThat(kinds).contains(ProblemReopenedEvent.class, ProblemTalkRecordedEvent.class);
    }
}
