package org.zhaoshang.crm.importing.run;

/** Told how far an import has come: rows checked or applied of all rows. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, rows) -> {
    };

    void rowsDone(int done, int rows);
}
