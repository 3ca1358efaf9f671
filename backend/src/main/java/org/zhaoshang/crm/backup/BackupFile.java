package org.zhaoshang.crm.backup;

import org.bson.Document;

/**
 * One file of a backup: the documents of one collection.
 *
 * @param name       the file's name in the backup directory
 * @param collection the collection it holds
 * @param documents  how many documents it holds
 * @param sha256     the SHA-256 of the file's bytes, hex
 */
public record BackupFile(String name, String collection, long documents, String sha256) {

    Document toDocument() {
        return new Document("name", name).append("collection", collection).append("documents", documents)
                                         .append("sha256", sha256);
    }

    static BackupFile from(Document document) {
        return new BackupFile(document.getString("name"), document.getString("collection"),
                              ((Number) document.get("documents")).longValue(), document.getString("sha256"));
    }
}
