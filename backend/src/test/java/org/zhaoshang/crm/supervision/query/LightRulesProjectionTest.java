package org.zhaoshang.crm.supervision.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.LightRulesChangedEvent;
import org.zhaoshang.crm.supervision.api.ProgressSignal;
import org.zhaoshang.crm.supervision.api.query.FindLightRulesQuery;
import org.zhaoshang.crm.supervision.api.query.LightRulesHistory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhaoshang.crm.supervision.api.ChangeLightRulesCommand.RULES_ID;

/** The light rules over time: the rules in force at any day, as known now or then, built idempotently. */
class LightRulesProjectionTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(BureauTime.ZONE).plusHours(9).toInstant(),
                                                   BureauTime.ZONE);
    private static final LightRules SHORT = new LightRules(1, 7, 1, 15, 30, 45, Set.of(ProgressSignal.ACTIVITY));
    private static final LightRules LONG = new LightRules(5, 30, 10, 60, 90, 180, Set.of(ProgressSignal.STAGE_MOVE));
    private static final LightRules MIDDLE = new LightRules(2, 20, 5, 40, 70, 100,
                                                            Set.of(ProgressSignal.PROBLEM_RESOLVED));

    /**
     * On 1 March, short rules from 1 April; on 10 March, long rules planned for 1 June; on 20 May, middle rules from
     * 20 May, which replace the long ones before they came.
     */
    private static final List<LightRulesChangedEvent> CHANGES = List.of(
            new LightRulesChangedEvent(RULES_ID, SHORT, day("2026-04-01"), "manager", day("2026-03-01")),
            new LightRulesChangedEvent(RULES_ID, LONG, day("2026-06-01"), "admin", day("2026-03-10")),
            new LightRulesChangedEvent(RULES_ID, MIDDLE, day("2026-05-20"), "manager", day("2026-05-20")));

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    private static LightRulesProjection projection(MongoDatabase database) {
        return new LightRulesProjection(database, JSON, CLOCK);
    }

    @Test
    void theRulesInForceAtADayAreTheDefaultsUntilAChangeAndEachChangeAppliesFromItsDay() {
        LightRulesProjection projection = projection(STORE.database("light-rules-days"));
        assertThat(projection.rulesInForce().at(TODAY)).isEqualTo(LightRules.DEFAULTS);
        for (int i = 0; i < CHANGES.size(); i++) {
            projection.on(CHANGES.get(i), i);
        }
        RulesInForce rules = projection.rulesInForce();

        assertThat(rules.at(day("2026-03-31"))).isEqualTo(LightRules.DEFAULTS);
        assertThat(rules.at(day("2026-04-01"))).isEqualTo(SHORT);
        assertThat(rules.at(day("2026-05-19"))).isEqualTo(SHORT);
        assertThat(rules.at(day("2026-05-20"))).isEqualTo(MIDDLE);
        assertThat(rules.at(day("2026-06-15"))).as("the long rules were replaced before their day").isEqualTo(MIDDLE);
        assertThat(rules.at(day("2026-06-15"), day("2026-05-01"))).as("as known on 1 May").isEqualTo(LONG);
        assertThat(rules.at(day("2026-04-15"), Knowledge.AS_KNOWN_THEN)).isEqualTo(SHORT);
        assertThat(rules.at(day("2026-02-15"), day("2026-03-05"))).isEqualTo(LightRules.DEFAULTS);
    }

    @Test
    void theHistoryTellsTheRulesOfTodayTheVersionAndEveryChange() {
        LightRulesProjection projection = projection(STORE.database("light-rules-history"));
        MetaData staff = MetaData.from(Caller.user("li.na", Set.of(Role.STAFF), null).toMetaData());
        LightRulesHistory none = projection.handle(new FindLightRulesQuery(), staff);
        assertThat(none).isEqualTo(new LightRulesHistory(LightRules.DEFAULTS, -1, List.of()));

        for (int i = 0; i < CHANGES.size(); i++) {
            projection.on(CHANGES.get(i), i);
        }
        LightRulesHistory history = projection.handle(new FindLightRulesQuery(), MetaData.from(
                Caller.user("leader.zhao", Set.of(Role.LEADER), null).toMetaData()));
        assertThat(history.current()).isEqualTo(MIDDLE);
        assertThat(history.version()).isEqualTo(2);
        assertThat(history.changes()).extracting(LightRulesHistory.Change::by, LightRulesHistory.Change::on)
                                     .containsExactly(tuple("manager", day("2026-03-01")),
                                                      tuple("admin", day("2026-03-10")),
                                                      tuple("manager", day("2026-05-20")));
        assertThatThrownBy(() -> projection.handle(new FindLightRulesQuery(), MetaData.from(
                Caller.user("amb", Set.of(Role.AMBASSADOR), "amb-1").toMetaData())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void everyEventDeliveredTwiceGivesTheSameReadModel() {
        MongoDatabase once = STORE.database("light-rules-once");
        LightRulesProjection single = projection(once);
        for (int i = 0; i < CHANGES.size(); i++) {
            single.on(CHANGES.get(i), i);
        }
        MongoDatabase twice = STORE.database("light-rules-twice");
        LightRulesProjection doubled = projection(twice);
        for (int i = 0; i < CHANGES.size(); i++) {
            doubled.on(CHANGES.get(i), i);
            doubled.on(CHANGES.get(i), i);
            if (i > 0) {
                doubled.on(CHANGES.get(i - 1), i - 1); // a retried batch
            }
        }

        assertThat(contents(twice)).hasSize(3).isEqualTo(contents(once));
        assertThat(projection(twice).rulesInForce()).as("loaded from the documents after a restart")
                                                    .isEqualTo(single.rulesInForce());
    }

    @Test
    void anotherNodesChangeIsTakenIn() {
        MongoDatabase shared = STORE.database("light-rules-nodes");
        LightRulesProjection one = projection(shared);
        LightRulesProjection other = projection(shared);
        assertThat(other.rulesInForce().at(TODAY)).isEqualTo(LightRules.DEFAULTS);
        one.on(new LightRulesChangedEvent(RULES_ID, SHORT, TODAY, "manager", TODAY), 0);

        other.reloadStoredSince(Instant.EPOCH);

        assertThat(other.rulesInForce().at(TODAY)).isEqualTo(SHORT);
    }

    private static Map<Object, String> contents(MongoDatabase database) {
        Map<Object, String> contents = new TreeMap<>();
        for (Document document : database.getCollection(LightRulesProjection.COLLECTION).find()) {
            contents.put(document.get("_id"), document.toJson());
        }
        return contents;
    }
}
