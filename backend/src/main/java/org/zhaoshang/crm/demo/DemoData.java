package org.zhaoshang.crm.demo;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.document.store.DocumentStore;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.storage.Store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills an empty embedded store with made-up ambassadors, leads and their history ({@link DemoLeadGenerator}) so
 * that a first start shows a working pipeline, then the signed leads' projects ({@link DemoProjectGenerator}): their
 * commitments, progress with evidence and verification. Goes through the real commands, each given by the lead's
 * owner (verification by the demo manager), then the departments, the year's key projects and their problems
 * ({@link DemoSupervisionGenerator}), and the district's buildings with their tenants and tax
 * ({@link DemoBuildingGenerator}). Several leads are sent at once; each lead's commands in order. Start-up
 * (and so the readiness probe) waits until all of it is stored. Never runs against an external MongoDB.
 */
@Component
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final long DEMO_SEED = 20_200_601L;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final CommandGateway commands;
    private final EventStore events;
    private final DocumentStore documents;
    private final Store store;
    private final MongoDatabase database;
    private final Clock clock;
    private final boolean enabled;
    private final int leads;
    private final int parallelLeads;
    private final boolean buildingsEnabled;

    public DemoData(CommandGateway commands, EventStore events, DocumentStore documents, Store store,
                    MongoDatabase database, Clock clock,
                    @Value("${zhaoshang.demo-data:true}") boolean enabled,
                    @Value("${zhaoshang.demo-leads:300}") int leads,
                    @Value("${zhaoshang.demo-parallel-leads:16}") int parallelLeads,
                    @Value("${zhaoshang.demo-buildings:true}") boolean buildingsEnabled) {
        this.commands = commands;
        this.events = events;
        this.documents = documents;
        this.store = store;
        this.database = database;
        this.clock = clock;
        this.enabled = enabled;
        this.leads = leads;
        this.parallelLeads = parallelLeads;
        this.buildingsEnabled = buildingsEnabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !store.isEmbedded()
                || database.getCollection(MongoEventStorageEngine.EVENTS).find().first() != null) {
            return;
        }
        long started = System.nanoTime();
        // watching from before the first lead: the reactions may begin a project before its lead's last command returns
        List<List<DemoCommand>> buildings = buildings();
        // the buildings' own commands meanwhile; those naming a lead (tenants, reservations) once the leads are there
        CompletableFuture<Void> buildingsOwn = CompletableFuture.runAsync(() -> sendBuildings(buildings, false));
        try (DemoProjectWatch watch = new DemoProjectWatch(events)) {
            DemoLeadGenerator.ambassadors().forEach(command -> send(command, Actor.SYSTEM));
            Queue<DemoSignedLead> signed = new ConcurrentLinkedQueue<>();
            Queue<DemoOpenLead> open = new ConcurrentLinkedQueue<>();
            sendLeads(started, signed, open);
            long leadsDone = System.nanoTime();
            List<DemoProjectPlan> plans = new DemoProjectGenerator(BureauTime.today(clock)).plans(List.copyOf(signed));
            DemoProjectSender projects = new DemoProjectSender(this::send, documents, watch);
            inParallel(plans.size(), plan -> projects.send(plans.get(plan)), () -> { });
            log.info("Demo data: the signed projects of {} signed leads in {} ms", plans.size(),
                     (System.nanoTime() - leadsDone) / 1_000_000);
            sendKeyProjects(List.copyOf(open));
            long waited = System.nanoTime();
            buildingsOwn.join();
            sendBuildings(buildings, true);
            log.info("Demo data: the buildings' commands naming leads after waiting {} ms for the others",
                     (System.nanoTime() - waited) / 1_000_000);
        } catch (CompletionException failed) {
            throw new IllegalStateException("Demo data failed", failed.getCause());
        }
        log.warn("*** DEMO DATA: {} made-up leads with two years of history and their signed projects were added to "
                         + "this new embedded store in {} ms. They are not real companies. Start with "
                         + "zhaoshang.demo-data=false to begin empty. ***", leads,
                 (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The departments, then the year's key projects, then each one's follow-up and problem (a talk and an instruction
     * need their key project); the key projects at once, as the leads.
     */
    private void sendKeyProjects(List<DemoOpenLead> open) {
        long began = System.nanoTime();
        List<DemoOpenLead> keyLeads = DemoSupervisionGenerator.keyLeads(open);
        DemoSupervisionGenerator generator = new DemoSupervisionGenerator(BureauTime.today(clock));
        DemoSupervisionGenerator.departments().forEach(command -> send(command.command(), command.actor()));
        List<DemoCommand> designations = generator.designations(keyLeads);
        inParallel(designations.size(), number -> send(designations.get(number).command(),
                                                       designations.get(number).actor()), () -> { });
        List<List<DemoCommand>> stories = generator.stories(keyLeads);
        inParallel(stories.size(), number -> stories.get(number)
                .forEach(command -> send(command.command(), command.actor())), () -> { });
        log.info("Demo data: {} key projects with their problems in {} ms", keyLeads.size(),
                 (System.nanoTime() - began) / 1_000_000);
    }

    /**
     * The buildings and parks with their units, tenants, reservations and tax, made for the leads the lead generator
     * makes (the same it sends: each lead is made from the seed and its number); none with
     * {@code zhaoshang.demo-buildings=false}.
     */
    private List<List<DemoCommand>> buildings() {
        if (!buildingsEnabled) {
            return List.of();
        }
        DemoLeadGenerator generator = new DemoLeadGenerator(DEMO_SEED, BureauTime.today(clock));
        List<DemoSignedLead> signed = new ArrayList<>();
        List<DemoOpenLead> open = new ArrayList<>();
        for (int lead = 0; lead < leads; lead++) {
            List<DemoCommand> history = generator.lead(lead);
            DemoSignedLead.of(lead, history).ifPresent(signed::add);
            DemoOpenLead.of(lead, history).ifPresent(open::add);
        }
        return new DemoBuildingGenerator(BureauTime.today(clock)).buildings(signed, open);
    }

    /**
     * Each building's commands in order, the buildings at once, as the leads: those naming a lead, or the others.
     * Neither touches a unit the other does, so the others may go first, while the leads are being sent.
     */
    private void sendBuildings(List<List<DemoCommand>> buildings, boolean namingLeads) {
        long began = System.nanoTime();
        List<List<DemoCommand>> part = buildings.stream().map(commands -> commands.stream().filter(
                command -> DemoBuildingGenerator.namesLead(command.command()) == namingLeads).toList()).toList();
        inParallel(part.size(), number -> part.get(number)
                .forEach(command -> send(command.command(), command.actor())), () -> { });
        log.info("Demo data: {} buildings' {} commands {} in {} ms", part.size(),
                 part.stream().mapToInt(List::size).sum(), namingLeads ? "naming leads" : "of their own",
                 (System.nanoTime() - began) / 1_000_000);
    }

    private void sendLeads(long started, Queue<DemoSignedLead> signed, Queue<DemoOpenLead> open) {
        AtomicInteger done = new AtomicInteger();
        ThreadLocal<DemoLeadGenerator> generators = ThreadLocal.withInitial(
                () -> new DemoLeadGenerator(DEMO_SEED, BureauTime.today(clock)));
        inParallel(leads, lead -> {
            List<DemoCommand> history = generators.get().lead(lead);
            history.forEach(command -> send(command.command(), command.actor()));
            DemoSignedLead.of(lead, history).ifPresent(signed::add);
            DemoOpenLead.of(lead, history).ifPresent(open::add);
            done.incrementAndGet();
        }, () -> logProgress(done.get(), started));
    }

    /** Something done for each number below {@code count}, {@code parallelLeads} at a time, each number once. */
    private void inParallel(int count, Task task, Runnable progress) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(parallelLeads);
        try {
            List<CompletableFuture<Void>> workers = new ArrayList<>();
            for (int i = 0; i < parallelLeads; i++) {
                workers.add(CompletableFuture.runAsync(() -> {
                    for (int number = next.getAndIncrement(); number < count; number = next.getAndIncrement()) {
                        try {
                            task.run(number);
                        } catch (InterruptedException | TimeoutException failed) {
                            throw new IllegalStateException("Demo data failed: " + failed.getMessage(), failed);
                        }
                    }
                }, senders));
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new));
            while (!all.isDone()) {
                try {
                    all.get(PROGRESS_EVERY_NANOS, TimeUnit.NANOSECONDS);
                } catch (TimeoutException stillRunning) {
                    progress.run();
                }
            }
            all.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Demo data failed", failed.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    private void logProgress(int done, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = done / seconds;
        log.info("Demo data: {} of {} leads ({} leads/s, about {} s to go)", done, leads, Math.round(rate),
                 rate == 0 ? "?" : Math.round((leads - done) / rate));
    }

    /** One number's work: a lead, or a signed lead's projects. */
    @FunctionalInterface
    private interface Task {
        void run(int number) throws InterruptedException, TimeoutException;
    }

    private void send(Object command, String actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                  .andMetaData(Map.of(Actor.META_DATA_KEY, actor)));
    }
}
