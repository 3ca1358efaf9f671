package org.zhaoshang.crm.lead.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.CompanyNames;
import org.zhaoshang.crm.lead.api.query.FindLeadsNamedLikeQuery;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.query.LeadNameMatches;
import org.zhaoshang.crm.projection.ChangedInBatch;
import org.zhaoshang.crm.projection.Documents;
import org.zhaoshang.crm.projection.LoadedOnce;
import org.zhaoshang.crm.projection.SharedReadModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Company name keys ({@link CompanyNames}) to leads, for the duplicate warning: each lead's keys are stored as one
 * document in {@value #COLLECTION} (per batch), and the leads of each key are kept in memory from them. Idempotent:
 * each handler sets a lead's keys to what its company is now.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class LeadNamesProjection implements SharedReadModel {

    public static final String COLLECTION = "lead_name_keys";

    private final MongoCollection<Document> keysByLead;
    private final ChangedInBatch<String, Void> changes = new ChangedInBatch<>(this::store);
    private final Map<String, Keys> keysOfLead = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> leadsOfKey = new ConcurrentHashMap<>();
    private final LoadedOnce loaded = new LoadedOnce(this::load);

    public LeadNamesProjection(MongoDatabase database) {
        this.keysByLead = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(LeadCreatedEvent event, @SequenceNumber long version) {
        index(event.leadId(), version, event.company());
    }

    @EventHandler
    void on(LeadCompanyUpdatedEvent event, @SequenceNumber long version) {
        index(event.leadId(), version, event.company());
    }

    private void index(String leadId, long version, Company company) {
        loaded.ensure();
        setKeys(leadId, new Keys(keys(company.nameEn(), company.nameZh()), version));
        changes.changed(leadId, () -> null);
    }

    private void setKeys(String leadId, Keys keys) {
        Keys previous = keysOfLead.put(leadId, keys);
        if (previous != null) {
            previous.keys().forEach(old -> leadsOfKey.getOrDefault(old, Set.of()).remove(leadId));
        }
        keys.keys().forEach(key -> leadsOfKey.computeIfAbsent(key, any -> ConcurrentHashMap.newKeySet()).add(leadId));
    }

    private void store(Map<String, Void> changed) {
        Documents.replaceAll(keysByLead, changed.keySet().stream()
                                                  .map(leadId -> keysOfLead.get(leadId).toDocument(leadId))
                                                  .toList());
    }

    /**
     * Loads every lead's keys, each computed again from the keys stored: a document stored by earlier rules (before
     * issue 18, traditional characters kept: 巴克莱銀行) holds a key of the name that the rules of now give the same
     * key as the name itself (巴克莱银行), so the stored keys need no rebuild. Such a document is stored again with the
     * keys of now, unless the lead changed meanwhile (another node).
     */
    private void load() {
        List<Document> storedBefore = new ArrayList<>();
        Documents.forEach(keysByLead, document -> {
            Keys keys = Keys.of(document);
            setKeys(document.getString("_id"), keys);
            if (!keys.keys().equals(document.getList("keys", String.class))) {
                storedBefore.add(document);
            }
        });
        storedBefore.forEach(document -> {
            String leadId = document.getString("_id");
            keysByLead.replaceOne(Filters.and(Filters.eq("_id", leadId), Filters.eq("keys", document.get("keys"))),
                                  keysOfLead.get(leadId).toDocument(leadId));
        });
    }

    @Override
    public long reloadLead(String leadId) {
        loaded.ensure();
        return Documents.byId(keysByLead, leadId).map(Keys::of).map(keys -> {
            setKeys(leadId, keys);
            return keys.version();
        }).orElse(-1L);
    }

    /** A lead's name keys as of its event {@code version} (-1 in documents older than versions). */
    private record Keys(List<String> keys, long version) {

        /** The keys stored, as the rules of now compute them. */
        static Keys of(Document document) {
            return new Keys(document.getList("keys", String.class).stream().map(CompanyNames::key)
                                    .filter(Objects::nonNull).distinct().toList(), document.get("version", -1L));
        }

        Document toDocument(String leadId) {
            return new Document("_id", leadId).append("keys", keys).append("version", version);
        }
    }

    @ResetHandler
    void reset() {
        loaded.reset(() -> {
            keysByLead.drop();
            keysOfLead.clear();
            leadsOfKey.clear();
        });
    }

    /** Every lead with a company of one of these names. */
    LeadNameMatches matches(FindLeadsNamedLikeQuery query) {
        loaded.ensure();
        TreeSet<String> leadIds = new TreeSet<>();
        keys(query.companyNameEn(), query.companyNameZh())
                .forEach(key -> leadIds.addAll(leadsOfKey.getOrDefault(key, Set.of())));
        return new LeadNameMatches(new ArrayList<>(leadIds));
    }

    private static List<String> keys(String nameEn, String nameZh) {
        return Stream.of(nameEn, nameZh).map(CompanyNames::key).filter(Objects::nonNull).distinct().toList();
    }
}
