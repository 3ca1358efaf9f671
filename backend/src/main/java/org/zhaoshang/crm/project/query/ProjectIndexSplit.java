package org.zhaoshang.crm.project.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.projection.Documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/**
 * A store of layout 3 kept the projects' index in single documents ({@code pending}, {@code returned:<user>},
 * {@code signings:<year>} in {@value ProjectProjection#INDEX}); at start-up, before any processor runs, each is
 * written as the documents per fact the projection keeps now and then deleted, so the read models go on from their
 * tokens without a rebuild. A start interrupted halfway does the rest the next time, the same.
 */
@Component
class ProjectIndexSplit implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProjectIndexSplit.class);
    private static final String OLD_PENDING = "pending";
    private static final String OLD_RETURNED = "returned:";
    private static final String OLD_SIGNINGS = "signings:";

    private final MongoCollection<Document> index;
    private final MongoCollection<Document> pending;
    private final MongoCollection<Document> returned;
    private final MongoCollection<Document> signings;

    ProjectIndexSplit(MongoDatabase database) {
        this.index = database.getCollection(ProjectProjection.INDEX);
        this.pending = database.getCollection(ProjectProjection.PENDING);
        this.returned = database.getCollection(ProjectProjection.RETURNED);
        this.signings = database.getCollection(ProjectProjection.SIGNINGS);
    }

    @Override
    public void afterSingletonsInstantiated() {
        split();
    }

    void split() {
        int facts = 0;
        Document oldPending = index.find(eq("_id", OLD_PENDING)).first();
        if (oldPending != null) {
            facts += move(oldPending, pending, facts(oldPending).keySet().stream()
                    .map(key -> IndexDocuments.pending(projectId(key), progressId(key))).toList());
        }
        for (Document old : index.find(Filters.regex("_id", "^" + OLD_RETURNED)).into(new ArrayList<>())) {
            String recordedBy = old.getString("_id").substring(OLD_RETURNED.length());
            facts += move(old, returned, facts(old).keySet().stream()
                    .map(key -> IndexDocuments.returned(projectId(key), progressId(key), recordedBy)).toList());
        }
        for (Document old : index.find(Filters.regex("_id", "^" + OLD_SIGNINGS)).into(new ArrayList<>())) {
            int year = Integer.parseInt(old.getString("_id").substring(OLD_SIGNINGS.length()));
            List<Document> documents = new ArrayList<>();
            for (Map.Entry<String, Object> entry : old.get("projects", new Document()).entrySet()) {
                Document signing = (Document) entry.getValue();
                documents.add(IndexDocuments.signing(entry.getKey(), year, signing.getString("leadId"),
                                                     signing.getBoolean("stands", false),
                                                     signing.getBoolean("verified", false),
                                                     signing.getString("investmentCnyWan")));
            }
            facts += move(old, signings, documents);
        }
        if (facts > 0) {
            log.info("Projects' index: {} entries of the single documents of store layout 3 stored one per fact",
                     facts);
        }
    }

    private int move(Document old, MongoCollection<Document> into, List<Document> documents) {
        Documents.replaceAll(into, documents);
        index.deleteOne(eq("_id", old.get("_id")));
        return documents.size();
    }

    private static Document facts(Document old) {
        return old.get("facts", new Document());
    }

    private static String projectId(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    private static String progressId(String key) {
        return key.substring(key.indexOf('/') + 1);
    }
}
