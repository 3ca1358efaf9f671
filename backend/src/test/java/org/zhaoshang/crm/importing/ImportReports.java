package org.zhaoshang.crm.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;

import java.util.ArrayList;
import java.util.List;

/** Reading an import report as the API answers it, for the import tests. */
final class ImportReports {

    private ImportReports() {
    }

    /** Each row's outcome, in the sheet's order. */
    static List<String> outcomes(JsonNode report) {
        List<String> outcomes = new ArrayList<>();
        report.get("rowReports").forEach(row -> outcomes.add(row.get("outcome").asText()));
        return outcomes;
    }

    /** The report of a row by its number in the sheet (the header being row 1). */
    static JsonNode row(JsonNode report, int sheetRow) {
        for (JsonNode row : report.get("rowReports")) {
            if (row.get("row").asInt() == sheetRow) {
                return row;
            }
        }
        throw new AssertionError("no row " + sheetRow);
    }

    /**
     * The leads' events in the store: what an import writes. Other aggregates' events (a signed project the reactions
     * create for a signed demo lead, while the test runs) are not the import's.
     */
    static long storedLeadEvents(MongoDatabase database) {
        return database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments(new Document("type", "Lead"));
    }
}
