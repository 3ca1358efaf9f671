package org.zhaoshang.crm.space.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.building.api.BuildingTaxRecordedEvent;
import org.zhaoshang.crm.building.api.UnitAddedEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.building.api.UnitVacatedEvent;
import org.zhaoshang.crm.building.api.query.FindBuildingsQuery;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.space.api.FindSpaceSummaryQuery;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A throwaway measurement (run with {@code -Dmeasure=true}): 500 buildings of 40 units each (20,000 units, about half
 * let, some reserved, some vacated, tax by month over three years), fed in batches of 1,000 events to the building
 * library's and the space summary's projections; then the list and the summary asked, p50/p95 of warm runs. The
 * baseline reads every building document from the store, as a read model without memory would on each question.
 */
@EnabledIfSystemProperty(named = "measure", matches = "true")
class SpaceReadMeasureTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final int BUILDINGS = 500;
    private static final int UNITS = 40;
    private static final int RUNS = 30;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(BureauTime.ZONE).plusHours(9).toInstant(),
                                                   BureauTime.ZONE);
    private static final MetaData MANAGER = MetaData.from(Caller.user("manager", Set.of(Role.MANAGER), null)
                                                                .toMetaData());

    @Test
    void measureTheListAndTheSummaryOver500BuildingsAnd20000Units() throws Exception {
        MongoDatabase database = STORE.database("space-measure");
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        SpaceProjection space = new SpaceProjection(database, json);
        Object library = Class.forName("org.zhaoshang.crm.building.query.BuildingLibraryProjection")
                              .getConstructor(MongoDatabase.class, ObjectMapper.class).newInstance(database, json);
        Method libraryOn = library.getClass().getDeclaredMethod("on", BuildingEvent.class, long.class);
        libraryOn.setAccessible(true);
        List<Runnable> batch = new ArrayList<>();
        long started = System.nanoTime();
        int events = 0;
        Random random = new Random(22);
        for (int b = 0; b < BUILDINGS; b++) {
            List<BuildingEvent> building = building("m-" + b, random);
            for (int sequence = 0; sequence < building.size(); sequence++) {
                BuildingEvent event = building.get(sequence);
                long number = sequence;
                batch.add(() -> {
                    space.on(event, number);
                    try {
                        libraryOn.invoke(library, event, number);
                    } catch (ReflectiveOperationException failed) {
                        throw new IllegalStateException(failed);
                    }
                });
                events++;
                if (batch.size() == 1_000) {
                    flush(batch);
                }
            }
        }
        flush(batch);
        System.out.printf(Locale.ROOT, "measure: %,d events of %d buildings into both projections in %.1f s%n",
                          events, BUILDINGS, (System.nanoTime() - started) / 1e9);

        Object queries = queries(library);
        Method list = queries.getClass().getDeclaredMethod("handle", FindBuildingsQuery.class, MetaData.class);
        list.setAccessible(true);
        SpaceSummaries summaries = new SpaceSummaries(space, CLOCK, "", new BigDecimal("1000000"), 38, 3);

        report("list, all buildings", () -> invoke(list, queries, new FindBuildingsQuery(null, null, null, null,
                                                                                          false)));
        report("list, zone + tier + text", () -> invoke(list, queries, new FindBuildingsQuery(
                TargetZone.FINANCIAL_CITY_CLUSTER, org.zhaoshang.crm.building.api.value.TaxTier.TEN_MILLION, "1",
                2025, false)));
        report("summary today", () -> summaries.handle(new FindSpaceSummaryQuery(null), MANAGER));
        report("summary a year ago", () -> summaries.handle(new FindSpaceSummaryQuery(TODAY.minusYears(1)),
                                                            MANAGER));
        report("baseline: read every building document", () -> {
            List<Document> all = new ArrayList<>();
            database.getCollection("space_buildings").find().batchSize(1_000).forEach(all::add);
            return all.size();
        });
        assertThat(summaries.handle(new FindSpaceSummaryQuery(null), MANAGER).district().letAreaM2().signum())
                .isPositive();
    }

    private static Object queries(Object library) throws Exception {
        Class<?> type = Class.forName("org.zhaoshang.crm.building.query.BuildingQueries");
        var constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        return constructor.newInstance(library, new org.zhaoshang.crm.security.api.PeopleDirectory() {
            @Override
            public String nameOf(String username) {
                return username;
            }

            @Override
            public List<org.zhaoshang.crm.security.api.Person> withAnyRole(Set<Role> roles) {
                return List.of();
            }
        }, new org.zhaoshang.crm.project.lead.ProjectLeads(null), CLOCK);
    }

    private static Object invoke(Method method, Object target, Object query) {
        try {
            return method.invoke(target, query, MANAGER);
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static void flush(List<Runnable> batch) {
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("measure batch"))
                         .execute(() -> batch.forEach(Runnable::run));
        batch.clear();
    }

    private static void report(String what, Supplier<Object> ask) {
        for (int i = 0; i < 5; i++) {
            ask.get();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            ask.get();
            times[i] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "measure: %-40s p50 %6.1f ms  p95 %6.1f ms%n", what, times[RUNS / 2] / 1e6,
                          times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
    }

    private static List<BuildingEvent> building(String id, Random random) {
        TargetZone zone = TargetZone.values()[random.nextInt(TargetZone.values().length)];
        List<BuildingEvent> events = new ArrayList<>();
        LocalDate opened = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365));
        events.add(new BuildingRegisteredEvent(id, new BuildingProfile(
                "测量楼 " + id, "Measure " + id, BuildingKind.BUILDING, zone, "经十路 " + id, null, "wang.fang",
                new BigDecimal("60000"), new BigDecimal("50000"), 20, 2, Set.of()), "manager", opened));
        for (int u = 0; u < UNITS; u++) {
            String unit = "u-" + u;
            events.add(new UnitAddedEvent(id, unit, new UnitLayout(1 + u / 2, String.valueOf(u), 1 + u % 2,
                                                                   new BigDecimal(200 + random.nextInt(1_000)),
                                                                   new BigDecimal("4.5")), "wang.fang", opened));
            int fate = random.nextInt(10);
            LocalDate from = opened.plusDays(30 + random.nextInt(1_000));
            if (from.isAfter(TODAY)) {
                from = TODAY.minusDays(random.nextInt(30));
            }
            if (fate < 6) {
                Tenant tenant = new Tenant("Tenant " + id + "-" + u, null, null, null);
                events.add(new UnitLetEvent(id, unit, tenant, from, null, "wang.fang", from));
                if (fate == 0 && from.plusDays(200).isBefore(TODAY)) {
                    events.add(new UnitVacatedEvent(id, unit, tenant, from.plusDays(200), "wang.fang",
                                                    from.plusDays(200)));
                }
            } else if (fate == 6) {
                events.add(new UnitReservedEvent(id, unit, "lead-" + u, TODAY.plusDays(random.nextInt(60) - 20),
                                                 "li.na", TODAY.minusDays(40)));
            }
        }
        for (int year = 2024; year <= 2026; year++) {
            int scale = random.nextInt(1_500);
            for (int month = 1; month <= (year == 2026 ? 11 : 12); month++) {
                events.add(new BuildingTaxRecordedEvent(id, year, month, new BigDecimal(scale + random.nextInt(100)),
                                                        TaxSource.IMPORTED, "manager", LocalDate.of(year, month, 1)
                                                                                                 .plusMonths(1)
                                                                                                 .minusDays(1)));
            }
        }
        return events;
    }
}
