package org.zhaoshang.crm.lead.query;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.query.FindLeadsNamedLikeQuery;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeadNamesProjectionTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    @Test
    void findsLeadsByAnySpellingOfTheirNameAndFollowsRenamesTwiceDelivered() {
        LeadNamesProjection names = new LeadNamesProjection(STORE.database("names"));
        LeadCreatedEvent hsbc = new LeadCreatedEvent("lead-1", Company.named("HSBC Holdings plc", "汇丰控股有限公司"),
                                                     SourceMarket.HONG_KONG, null, null, null, null);
        LeadCompanyUpdatedEvent renamed = new LeadCompanyUpdatedEvent("lead-1", Company.named("HSBC Asset Management", null));

        names.on(hsbc, 0);
        names.on(hsbc, 0);
        names.on(new LeadCreatedEvent("lead-2", Company.named(null, "汇丰控股"), SourceMarket.HONG_KONG, null, null,
                                      null, null), 0);

        assertThat(names.matches(new FindLeadsNamedLikeQuery("hsbc", null)).leadIds()).containsExactly("lead-1");
        assertThat(names.matches(new FindLeadsNamedLikeQuery(null, "汇丰控股")).leadIds())
                .containsExactly("lead-1", "lead-2");

        names.on(renamed, 1);
        names.on(renamed, 1);

        assertThat(names.matches(new FindLeadsNamedLikeQuery("HSBC", null)).leadIds()).isEmpty();
        assertThat(names.matches(new FindLeadsNamedLikeQuery(null, "汇丰控股")).leadIds()).containsExactly("lead-2");
        assertThat(names.matches(new FindLeadsNamedLikeQuery("hsbc asset management ltd", null)).leadIds())
                .containsExactly("lead-1");
        assertThat(names.matches(new FindLeadsNamedLikeQuery(" ", null)).leadIds()).isEmpty();
        LeadNamesProjection restarted = new LeadNamesProjection(STORE.database("names"));
        assertThat(restarted.matches(new FindLeadsNamedLikeQuery(null, "汇丰控股")).leadIds()).containsExactly("lead-2");
        assertThat(restarted.matches(new FindLeadsNamedLikeQuery("HSBC Asset Management", null)).leadIds())
                .containsExactly("lead-1");
    }

    @Test
    void findsALeadByItsNameInTheOtherScript() {
        LeadNamesProjection names = new LeadNamesProjection(STORE.database("scripts"));
        names.on(new LeadCreatedEvent("lead-hk", Company.named(null, "巴克萊銀行（香港）有限公司"),
                                      SourceMarket.HONG_KONG, null, null, null, null), 0);

        assertThat(names.matches(new FindLeadsNamedLikeQuery(null, "巴克莱银行(香港)")).leadIds())
                .containsExactly("lead-hk");
        assertThat(names.matches(new FindLeadsNamedLikeQuery(null, "巴克萊銀行（香港）")).leadIds())
                .containsExactly("lead-hk");
    }

    @Test
    void keysStoredByTheRulesBeforeAreComputedAgainWhenLoaded() {
        MongoDatabase database = STORE.database("old-keys");
        database.getCollection(LeadNamesProjection.COLLECTION).insertMany(List.of(
                new Document("_id", "lead-old").append("keys", List.of("barclays", "巴克莱銀行")).append("version", 3L),
                new Document("_id", "lead-same").append("keys", List.of("hsbc")).append("version", 1L)));

        LeadNamesProjection names = new LeadNamesProjection(database);

        assertThat(names.matches(new FindLeadsNamedLikeQuery(null, "巴克莱银行")).leadIds()).containsExactly("lead-old");
        assertThat(names.matches(new FindLeadsNamedLikeQuery(null, "巴克莱銀行有限公司")).leadIds())
                .containsExactly("lead-old");
        assertThat(names.matches(new FindLeadsNamedLikeQuery("HSBC", null)).leadIds()).containsExactly("lead-same");
        Document stored = database.getCollection(LeadNamesProjection.COLLECTION).find(new Document("_id", "lead-old"))
                                  .first();
        assertThat(stored.getList("keys", String.class)).containsExactly("barclays", "巴克莱银行");
        assertThat(stored.getLong("version")).isEqualTo(3L);
    }
}
