package org.zhaoshang.crm.lead.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.Company;
import org.zhaoshang.crm.lead.api.CompanyNames;
import org.zhaoshang.crm.lead.api.FindLeadsNamedLikeQuery;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadNameMatches;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Company name keys to leads, for the duplicate warning: every lookup is by exact key. Idempotent: each handler sets
 * a lead's keys to what its company is now.
 */
@Component
@ProcessingGroup("lead-names")
public class LeadNamesProjection {

    private final MongoCollection<Document> leadsByName;
    private final MongoCollection<Document> namesByLead;

    public LeadNamesProjection(MongoDatabase database) {
        this.leadsByName = database.getCollection("lead_names");
        this.namesByLead = database.getCollection("lead_name_keys");
    }

    @EventHandler
    void on(LeadCreatedEvent event) {
        index(event.leadId(), event.company());
    }

    @EventHandler
    void on(LeadCompanyUpdatedEvent event) {
        index(event.leadId(), event.company());
    }

    private void index(String leadId, Company company) {
        List<String> keys = keys(company.nameEn(), company.nameZh());
        Document previous = namesByLead.find(eq("_id", leadId)).first();
        if (previous != null) {
            for (String old : previous.getList("keys", String.class)) {
                if (!keys.contains(old)) {
                    leadsByName.updateOne(eq("_id", old), Updates.pull("leadIds", leadId));
                }
            }
        }
        for (String key : keys) {
            leadsByName.updateOne(eq("_id", key), Updates.addToSet("leadIds", leadId),
                                  new UpdateOptions().upsert(true));
        }
        namesByLead.replaceOne(eq("_id", leadId), new Document("_id", leadId).append("keys", keys),
                               new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        leadsByName.deleteMany(new Document());
        namesByLead.deleteMany(new Document());
    }

    @QueryHandler
    LeadNameMatches handle(FindLeadsNamedLikeQuery query) {
        List<String> keys = keys(query.companyNameEn(), query.companyNameZh());
        TreeSet<String> leadIds = new TreeSet<>();
        if (!keys.isEmpty()) {
            leadsByName.find(in("_id", keys)).forEach(match -> leadIds.addAll(match.getList("leadIds", String.class)));
        }
        return new LeadNameMatches(new ArrayList<>(leadIds));
    }

    private static List<String> keys(String nameEn, String nameZh) {
        return Stream.of(nameEn, nameZh).map(CompanyNames::key).filter(Objects::nonNull).distinct().toList();
    }
}
