package org.zhaoshang.crm.demo;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.storage.Store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills an empty embedded store with made-up ambassadors, leads and their history ({@link DemoLeadGenerator}) so
 * that a first start shows a working pipeline. Goes through the real commands, each given by the lead's owner.
 * Several leads are sent at once; each lead's commands in order. Never runs against an external MongoDB.
 */
@Component
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final long DEMO_SEED = 20_200_601L;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final CommandGateway commands;
    private final Store store;
    private final MongoDatabase database;
    private final Clock clock;
    private final boolean enabled;
    private final int leads;
    private final int parallelLeads;

    public DemoData(CommandGateway commands, Store store, MongoDatabase database, Clock clock,
                    @Value("${zhaoshang.demo-data:true}") boolean enabled,
                    @Value("${zhaoshang.demo-leads:300}") int leads,
                    @Value("${zhaoshang.demo-parallel-leads:16}") int parallelLeads) {
        this.commands = commands;
        this.store = store;
        this.database = database;
        this.clock = clock;
        this.enabled = enabled;
        this.leads = leads;
        this.parallelLeads = parallelLeads;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !store.isEmbedded()
                || database.getCollection(MongoEventStorageEngine.EVENTS).find().first() != null) {
            return;
        }
        long started = System.nanoTime();
        DemoLeadGenerator.ambassadors().forEach(command -> send(command, Actor.SYSTEM));
        sendLeads(started);
        log.warn("*** DEMO DATA: {} made-up leads with two years of history were added to this new embedded store "
                         + "in {} ms. They are not real companies. Start with zhaoshang.demo-data=false to begin "
                         + "empty. ***", leads, (System.nanoTime() - started) / 1_000_000);
    }

    private void sendLeads(long started) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(parallelLeads);
        try {
            List<CompletableFuture<Void>> workers = new ArrayList<>();
            for (int i = 0; i < parallelLeads; i++) {
                workers.add(CompletableFuture.runAsync(() -> {
                    DemoLeadGenerator generator = new DemoLeadGenerator(DEMO_SEED, BureauTime.today(clock));
                    for (int lead = next.getAndIncrement(); lead < leads; lead = next.getAndIncrement()) {
                        generator.lead(lead).forEach(command -> send(command.command(), command.actor()));
                        done.incrementAndGet();
                    }
                }, senders));
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new));
            while (!all.isDone()) {
                try {
                    all.get(PROGRESS_EVERY_NANOS, TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.TimeoutException stillRunning) {
                    logProgress(done.get(), started);
                }
            }
            all.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data interrupted", interrupted);
        } catch (java.util.concurrent.ExecutionException failed) {
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

    private void send(Object command, String actor) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                  .andMetaData(Map.of(Actor.META_DATA_KEY, actor)));
    }
}
