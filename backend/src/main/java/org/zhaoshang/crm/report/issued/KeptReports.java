package org.zhaoshang.crm.report.issued;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.report.api.IssuedReports;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.report.api.ReportPeriod;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static com.mongodb.client.model.Filters.eq;

/**
 * The collection {@value #COLLECTION}: one document per issued report, by its id, with its content as the JSON the
 * API answers and the leader of each key project it names (to filter it for a leader later). Written once: a second
 * node or a retry finds it there and leaves it. No event holds this content, so backups copy the collection.
 */
@Component
public class KeptReports {

    public static final String COLLECTION = "issued_reports";

    private final MongoCollection<Document> documents;

    public KeptReports(MongoDatabase database) {
        this.documents = database.getCollection(COLLECTION);
    }

    /** Keeps the report unless it is kept already; answers whether this call kept it. */
    public boolean keepIfAbsent(KeptReport report) {
        Document document = new Document("_id", report.row().reportId())
                .append("kind", report.row().kind().name())
                .append("period", report.row().period())
                .append("madeAt", Date.from(report.row().madeAt()))
                .append("madeBy", report.row().madeBy())
                .append("content", report.content())
                .append("leaders", new Document(Map.copyOf(report.leaders())));
        try {
            documents.insertOne(document);
            return true;
        } catch (MongoWriteException kept) {
            if (kept.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw kept;
        }
    }

    public Optional<KeptReport> find(String reportId) {
        return Optional.ofNullable(documents.find(eq("_id", reportId)).first()).map(KeptReports::kept);
    }

    /** The reports kept, of one kind (null: both), newest period first. */
    public List<IssuedReports.Row> list(ReportKind kind) {
        var found = kind == null ? documents.find() : documents.find(eq("kind", kind.name()));
        return StreamSupport.stream(found.projection(new Document("content", 0).append("leaders", 0)).spliterator(),
                                    false)
                            .map(KeptReports::row)
                            .sorted(Comparator.comparing((IssuedReports.Row row) -> ReportPeriod.parse(
                                    row.kind(), row.period(), "period").lastDay()).reversed()
                                              .thenComparing(IssuedReports.Row::kind))
                            .toList();
    }

    private static KeptReport kept(Document document) {
        Document leaders = document.get("leaders", Document.class);
        Map<String, String> byLead = leaders == null ? Map.of()
                                                     : leaders.entrySet().stream().collect(Collectors.toMap(
                                                             Map.Entry::getKey, entry -> String.valueOf(
                                                                     entry.getValue())));
        return new KeptReport(row(document), document.getString("content"), byLead);
    }

    private static IssuedReports.Row row(Document document) {
        return new IssuedReports.Row(document.getString("_id"), ReportKind.valueOf(document.getString("kind")),
                                     document.getString("period"), document.getDate("madeAt").toInstant(),
                                     document.getString("madeBy"));
    }
}
