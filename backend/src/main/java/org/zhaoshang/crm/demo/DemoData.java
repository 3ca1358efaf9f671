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
import java.util.Map;

/**
 * Fills an empty embedded store with made-up leads and their history ({@link DemoLeadGenerator}) so that a first
 * start shows a working pipeline. Goes through the real commands, as the system. Never runs against an external
 * MongoDB.
 */
@Component
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final long DEMO_SEED = 20_200_601L;

    private final CommandGateway commands;
    private final Store store;
    private final MongoDatabase database;
    private final Clock clock;
    private final boolean enabled;
    private final int leads;

    public DemoData(CommandGateway commands, Store store, MongoDatabase database, Clock clock,
                    @Value("${zhaoshang.demo-data:true}") boolean enabled,
                    @Value("${zhaoshang.demo-leads:300}") int leads) {
        this.commands = commands;
        this.store = store;
        this.database = database;
        this.clock = clock;
        this.enabled = enabled;
        this.leads = leads;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !store.isEmbedded()
                || database.getCollection(MongoEventStorageEngine.EVENTS).find().first() != null) {
            return;
        }
        long started = System.nanoTime();
        new DemoLeadGenerator(DEMO_SEED, BureauTime.today(clock), this::sendAsSystem).generate(leads);
        log.warn("*** DEMO DATA: {} made-up leads with two years of history were added to this new embedded store "
                         + "in {} ms. They are not real companies. Start with zhaoshang.demo-data=false to begin "
                         + "empty. ***", leads, (System.nanoTime() - started) / 1_000_000);
    }

    private void sendAsSystem(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                  .andMetaData(Map.of(Actor.META_DATA_KEY, Actor.SYSTEM)));
    }
}
