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
import org.zhaoshang.crm.lead.api.ActivityType;
import org.zhaoshang.crm.lead.api.Company;
import org.zhaoshang.crm.lead.api.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.LogActivityCommand;
import org.zhaoshang.crm.lead.api.LossReason;
import org.zhaoshang.crm.lead.api.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.SourceMarket;
import org.zhaoshang.crm.lead.api.Stage;
import org.zhaoshang.crm.lead.api.TargetZone;
import org.zhaoshang.crm.lead.api.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.storage.Store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fills an empty embedded store with made-up leads so that a first start shows a working pipeline. Goes through
 * the real commands. Never runs against an external MongoDB.
 */
@Component
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final List<DemoLead> LEADS = List.of(
            new DemoLead("Thames Capital Partners", "泰晤士资本", SourceMarket.LONDON, Stage.SITE_VISIT),
            new DemoLead("Canary Wharf Fintech Ltd", "金丝雀码头金融科技", SourceMarket.LONDON, Stage.CONTACTED),
            new DemoLead("Albion Reinsurance", null, SourceMarket.LONDON, Stage.CONTACTED),
            new DemoLead("Victoria Harbour Insurance", "维港保险", SourceMarket.HONG_KONG, Stage.INTENT, 80_000,
                         TargetZone.FINANCIAL_CITY_CLUSTER),
            new DemoLead("Lantau Asset Management", "大屿资产管理", SourceMarket.HONG_KONG, Stage.NEGOTIATION, 30_000,
                         TargetZone.FINANCIAL_CITY_CLUSTER),
            new DemoLead(null, "九龙创投基金", SourceMarket.HONG_KONG, Stage.CONTACTED),
            new DemoLead("Sakura Elder Care", "樱花康养株式会社", SourceMarket.JAPAN, Stage.NEGOTIATION, 12_000,
                         TargetZone.MINGFU_OLD_CITY),
            new DemoLead("Kyoto Cell Therapeutics", "京都细胞治疗", SourceMarket.JAPAN, Stage.SITE_VISIT),
            new DemoLead("Hanbit Bio", "韩光生物", SourceMarket.KOREA, Stage.SIGNED, 66_000, TargetZone.MINGHU_CELL_PARK),
            new DemoLead("Seoul Style Group", "首尔时尚集团", SourceMarket.KOREA, Stage.LEAD),
            new DemoLead(null, "京华数据科技有限公司", SourceMarket.BEIJING, Stage.LANDED, 150_000,
                         TargetZone.SHANDA_ROAD_TECH_AXIS),
            new DemoLead(null, "北辰区块链研究院", SourceMarket.BEIJING, Stage.CONTACTED),
            new DemoLead("Rhein Medical Devices", "莱茵医疗器械", SourceMarket.OTHER, Stage.LEAD));

    private final CommandGateway commands;
    private final Store store;
    private final MongoDatabase database;
    private final boolean enabled;

    public DemoData(CommandGateway commands, Store store, MongoDatabase database,
                    @Value("${zhaoshang.demo-data:true}") boolean enabled) {
        this.commands = commands;
        this.store = store;
        this.database = database;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !store.isEmbedded()
                || database.getCollection(MongoEventStorageEngine.EVENTS).find().first() != null) {
            return;
        }
        List<String> leadIds = new ArrayList<>();
        for (DemoLead lead : LEADS) {
            String leadId = UUID.randomUUID().toString();
            leadIds.add(leadId);
            sendAsSystem(new CreateLeadCommand(leadId, Company.named(lead.nameEn(), lead.nameZh()), lead.market(),
                                               null, null));
            if (lead.investmentWan() > 0) {
                sendAsSystem(new UpdateLeadNumbersCommand(leadId, BigDecimal.valueOf(lead.investmentWan()), "CNY", null,
                                                          null, null, null, null, lead.zone(), null, null));
            }
            if (lead.stage().compareTo(Stage.SITE_VISIT) >= 0) {
                sendAsSystem(new LogActivityCommand(leadId, UUID.randomUUID().toString(), ActivityType.VISIT_BY_THEM,
                                                    LocalDate.now(BureauTime.ZONE).minusMonths(2),
                                                    List.of("招商局 张伟", "CEO of " + lead.market()),
                                                    "Toured the district and the target building", null));
            }
            if (lead.stage() != Stage.LEAD) {
                sendAsSystem(demoMove(leadId, lead.stage()));
            }
        }
        String albion = leadIds.get(2);
        sendAsSystem(new PutLeadOnHoldCommand(albion, "Waiting for the group's 2027 Asia strategy",
                                              LocalDate.now(BureauTime.ZONE).plusMonths(3), null));
        String rhein = leadIds.get(leadIds.size() - 1);
        sendAsSystem(new MarkLeadLostCommand(rhein, LossReason.CHOSE_OTHER_LOCATION, null, "Suzhou Industrial Park",
                                             null, null));
        log.warn("*** DEMO DATA: {} made-up leads were added to this new embedded store. "
                         + "They are not real companies. Start with zhaoshang.demo-data=false to begin empty. ***",
                 LEADS.size());
    }

    /** A move with the proof its stage needs: a signed agreement, a registration. */
    private static MoveLeadToStageCommand demoMove(String leadId, Stage stage) {
        LocalDate lastMonth = LocalDate.now(BureauTime.ZONE).minusMonths(1);
        boolean signed = stage.compareTo(Stage.SIGNED) >= 0;
        boolean landed = stage.compareTo(Stage.LANDED) >= 0;
        return new MoveLeadToStageCommand(leadId, stage, null, null, signed ? lastMonth : null,
                                          signed ? "历下招商协议〔2026〕演示号" : null,
                                          landed ? lastMonth : null, null);
    }

    private void sendAsSystem(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                  .andMetaData(Map.of(Actor.META_DATA_KEY, Actor.SYSTEM)));
    }

    private record DemoLead(String nameEn, String nameZh, SourceMarket market, Stage stage, long investmentWan,
                            TargetZone zone) {
        DemoLead(String nameEn, String nameZh, SourceMarket market, Stage stage) {
            this(nameEn, nameZh, market, stage, 0, null);
        }
    }
}
