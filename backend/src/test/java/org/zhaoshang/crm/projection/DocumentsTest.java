package org.zhaoshang.crm.projection;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentsTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    @Test
    void replacesOnlyOlderVersionsAndDocumentsWithoutOne() {
        MongoCollection<Document> leads = STORE.database("documents").getCollection("leads");
        leads.insertMany(List.of(lead("newer", 9, "kept"), lead("older", 2, "old"),
                                 new Document("_id", "unversioned").append("stage", "old")));

        Documents.replaceOlder(leads, List.of(lead("newer", 5, "late write"), lead("older", 3, "new"),
                                              lead("unversioned", 0, "new"), lead("absent", 1, "new")));

        assertThat(leads.find().into(new java.util.ArrayList<>()))
                .containsExactlyInAnyOrder(lead("newer", 9, "kept"), lead("older", 3, "new"),
                                           lead("unversioned", 0, "new"), lead("absent", 1, "new"));
    }

    private static Document lead(String id, long version, String stage) {
        return new Document("_id", id).append("stage", stage).append("version", version);
    }
}
