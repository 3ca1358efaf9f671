package org.zhaoshang.crm.space.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.bson.Document;
import org.springframework.util.FileSystemUtils;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.building.api.BuildingTaxRecordedEvent;
import org.zhaoshang.crm.building.api.UnitAddedEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.performance.query.PerformanceBenchmark;
import org.zhaoshang.crm.performance.query.PerformanceBenchmark.Timing;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.space.api.FindLeadMatchesQuery;
import org.zhaoshang.crm.space.api.FindSpaceMatchesQuery;
import org.zhaoshang.crm.space.api.LeadMatches;
import org.zhaoshang.crm.space.api.SpaceMatches;
import org.zhaoshang.crm.storage.EmbeddedMongo;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matching at district scale: made-up buildings (fixed seed; 10 floors of 4 units each by default, about 60% let, some
 * reserved, half of those lapsed, a tenth themed, tax in two years) and leads with floor space needs, fed through the
 * projection's handlers into the embedded store, then asked through a query bus as staff. The baseline, in the same
 * run, reads the same building documents with one MongoDB query and parses them, as matching without its index would
 * on every question (before matching anything). Called by {@code ReadModelBenchmark}.
 */
public final class SpaceMatchBenchmark {

    private static final int RUNS = 500;
    private static final int RELOAD_RUNS = 30;
    private static final int BASELINE_RUNS = 30;
    private static final int FLOORS = 10;
    private static final int UNITS_PER_FLOOR = 4;
    private static final TargetZone[] ZONES = TargetZone.values();
    private static final Industry[] INDUSTRIES = Industry.values();

    private SpaceMatchBenchmark() {
    }

    public static List<Timing> measure(int buildings, int leads, Path directory) throws Exception {
        Files.createDirectories(directory);
        Path storeDirectory = Files.createTempDirectory(directory, "space-match");
        try (EmbeddedMongo store = EmbeddedMongo.start(storeDirectory);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("space-match-benchmark");
            ObjectMapper json = new ObjectMapper().findAndRegisterModules();
            Clock clock = Clock.systemUTC();
            LocalDate today = BureauTime.today(clock);
            SpaceMatchProjection projection = new SpaceMatchProjection(database, null, json);
            Map<String, LeadState> folded = new ConcurrentHashMap<>();
            Random random = new Random(22);
            long started = System.nanoTime();
            long events = feedBuildings(projection, buildings, today, random);
            events += feedLeads(projection, folded, leads, today, random);
            System.out.printf(Locale.ROOT, "space matching: %,d events of %,d buildings (%,d units) and %,d leads "
                                           + "projected in %.1f s%n", events, buildings,
                              buildings * FLOORS * UNITS_PER_FLOOR, leads, (System.nanoTime() - started) / 1e9);
            QueryBus bus = bus(database, json, folded, clock);
            MetaData staff = MetaData.from(Caller.user("staff", Set.of(Role.STAFF), null).toMetaData());
            String at = String.format(Locale.ROOT, " (%,d buildings, %,d units, %,d leads)", buildings,
                                      buildings * FLOORS * UNITS_PER_FLOOR, leads);
            List<Timing> timings = new ArrayList<>();
            timings.add(PerformanceBenchmark.time("Space matches: one lead's need over every building" + at, RUNS,
                    100, run -> ask(bus, new FindSpaceMatchesQuery("lead-" + run % leads, null, null), staff,
                                    SpaceMatches.class)));
            timings.add(PerformanceBenchmark.time("Space matches: a need of 3,000 m² with zone, industry and budget"
                                                  + at, RUNS, 100,
                    run -> ask(bus, new FindSpaceMatchesQuery("lead-" + run % leads, new org.zhaoshang.crm.space.api
                            .SpaceNeed(new BigDecimal("3000"), ZONES[run % ZONES.length],
                                       Industry.PROFESSIONAL_SERVICES, new BigDecimal("5")), 100), staff,
                               SpaceMatches.class)));
            timings.add(PerformanceBenchmark.time("Lead matches: the open leads one building fits" + at, RUNS, 100,
                    run -> ask(bus, new FindLeadMatchesQuery("building-" + run % buildings, 100), staff,
                               LeadMatches.class)));
            timings.add(PerformanceBenchmark.time("Space matches right after a building changed (index reloaded)"
                                                  + at, RELOAD_RUNS, Double.NaN, run -> {
                        database.getCollection(SpaceMatchProjection.CHANGES).updateOne(
                                Filters.eq("_id", SpaceMatchProjection.BUILDINGS_CHANGED),
                                Updates.set("token", UUID.randomUUID().toString()));
                        ask(bus, new FindSpaceMatchesQuery("lead-" + run % leads, null, null), staff,
                            SpaceMatches.class);
                    }));
            timings.add(PerformanceBenchmark.time("Baseline: the buildings' documents read by one MongoDB query and "
                                                  + "parsed" + at, BASELINE_RUNS, Double.NaN,
                    run -> baseline(database, json, buildings)));
            return timings;
        } finally {
            FileSystemUtils.deleteRecursively(storeDirectory);
        }
    }

    private static long feedBuildings(SpaceMatchProjection projection, int buildings, LocalDate today,
                                      Random random) {
        long events = 0;
        for (int b = 0; b < buildings; b++) {
            String id = "building-" + b;
            List<BuildingEvent> stream = new ArrayList<>();
            Set<Industry> themes = random.nextInt(10) == 0 ? Set.of(INDUSTRIES[random.nextInt(INDUSTRIES.length)])
                                   : Set.of();
            stream.add(new BuildingRegisteredEvent(id, new BuildingProfile(
                    "楼宇" + b, "Building " + b, BuildingKind.BUILDING, ZONES[random.nextInt(ZONES.length)], null,
                    null, null, new BigDecimal("60000"), new BigDecimal("50000"), 30, 2, themes), "manager", today));
            for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                stream.add(new BuildingTaxRecordedEvent(id, year, null, BigDecimal.valueOf(random.nextInt(15_000)),
                                                        TaxSource.ENTERED, "manager", today));
            }
            for (int floor = 1; floor <= FLOORS; floor++) {
                for (int place = 1; place <= UNITS_PER_FLOOR; place++) {
                    String unit = id + "-" + floor + "-" + place;
                    stream.add(new UnitAddedEvent(id, unit, new UnitLayout(
                            floor, floor + "0" + place, place, BigDecimal.valueOf(100 + random.nextInt(1400)),
                            BigDecimal.valueOf(20 + random.nextInt(60), 1)), "manager", today));
                    int status = random.nextInt(100);
                    if (status < 60) {
                        stream.add(new UnitLetEvent(id, unit, new Tenant("Tenant " + unit, null, null, null),
                                                    today.minusDays(random.nextInt(700)), null, "manager", today));
                    } else if (status < 66) {
                        stream.add(new UnitReservedEvent(id, unit, "lead-" + random.nextInt(1000),
                                                         today.plusDays(random.nextInt(60) - 30), "staff", today));
                    }
                }
            }
            for (int sequence = 0; sequence < stream.size(); sequence++) {
                projection.on(stream.get(sequence), sequence);
            }
            events += stream.size();
        }
        return events;
    }

    private static long feedLeads(SpaceMatchProjection projection, Map<String, LeadState> folded, int leads,
                                  LocalDate today, Random random) {
        long events = 0;
        for (int l = 0; l < leads; l++) {
            String id = "lead-" + l;
            List<LeadEvent> stream = new ArrayList<>();
            stream.add(new LeadCreatedEvent(id, new Company("Company " + l, null, null, null,
                                                            INDUSTRIES[random.nextInt(INDUSTRIES.length)], false,
                                                            false, null),
                                            SourceMarket.LONDON, Channel.ROADSHOW_EVENT, null, "staff", today));
            stream.add(new LeadNumbersUpdatedEvent(id, null, null, BigDecimal.valueOf(200 + random.nextInt(4800)),
                                                   null, null, ZONES[random.nextInt(ZONES.length)], null));
            if (random.nextInt(10) == 0) {
                stream.add(new LeadLostEvent(id, Stage.LEAD, LossReason.LOST_CONTACT, null, null, today));
            }
            LeadState lead = LeadState.NONE;
            for (int sequence = 0; sequence < stream.size(); sequence++) {
                projection.on(stream.get(sequence), sequence);
                lead = lead.apply(stream.get(sequence), null);
            }
            folded.put(id, lead);
            events += stream.size();
        }
        return events;
    }

    private static QueryBus bus(MongoDatabase database, ObjectMapper json, Map<String, LeadState> folded,
                                Clock clock) {
        ProjectLeads leads = new ProjectLeads(null) {
            @Override
            public LeadState now(String leadId) {
                return folded.getOrDefault(leadId, LeadState.NONE);
            }
        };
        SpaceMatchQueries handlers = new SpaceMatchQueries(new FreeSpaceIndex(database, json), leads, clock);
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(handlers, ClasspathParameterResolverFactory.forClass(
                SpaceMatchQueries.class)).subscribe(bus);
        return bus;
    }

    private static <R> R ask(QueryBus bus, Object query, MetaData caller, Class<R> answer) {
        return bus.query(new GenericQueryMessage<>(query, ResponseTypes.instanceOf(answer)).andMetaData(caller))
                  .join().getPayload();
    }

    /** What a question would cost to read if matching kept nothing in memory (before matching anything). */
    private static void baseline(MongoDatabase database, ObjectMapper json, int buildings) {
        int read = 0;
        for (Document document : database.getCollection(SpaceMatchProjection.BUILDINGS).find().batchSize(1_000)) {
            try {
                json.readValue(document.getString(SpaceMatchProjection.BUILDING), MatchedBuilding.class);
            } catch (Exception corrupt) {
                throw new IllegalStateException(corrupt);
            }
            read++;
        }
        if (read != buildings) {
            throw new IllegalStateException("buildings missing: " + read);
        }
    }
}
