package org.zhaoshang.crm.project.query;

import org.bson.Document;

/**
 * The documents of the projects' index, one per fact, built in one place: the projection writes them from events and
 * {@link ProjectIndexSplit} from the single documents a store of layout 3 kept, and both must be the same.
 */
final class IndexDocuments {

    static final String PROJECT_ID = "projectId";
    static final String RECORDED_BY = "recordedBy";
    static final String YEAR = "year";

    private IndexDocuments() {
    }

    static String factId(String projectId, String progressId) {
        return projectId + "/" + progressId;
    }

    /** A fact waiting for verification. */
    static Document pending(String projectId, String progressId) {
        return new Document("_id", factId(projectId, progressId)).append(PROJECT_ID, projectId);
    }

    /** A fact returned to whoever recorded it, until a correction replaces it. */
    static Document returned(String projectId, String progressId, String recordedBy) {
        return new Document("_id", factId(projectId, progressId)).append(PROJECT_ID, projectId)
                                                                 .append(RECORDED_BY, recordedBy);
    }

    /** A signed project as its year's signings count it; the investment as a plain decimal (万元), or null. */
    static Document signing(String projectId, int year, String leadId, boolean stands, boolean verified,
                            String investmentCnyWan) {
        return new Document("_id", projectId).append(YEAR, year).append("leadId", leadId).append("stands", stands)
                                             .append("verified", verified)
                                             .append("investmentCnyWan", investmentCnyWan);
    }
}
