package org.zhaoshang.crm.projection;

/**
 * A read model's in-memory state, loaded from its documents the first time it is needed after a start (not at
 * start-up: a large store would delay it), and emptied by a reset under the same lock.
 */
public final class LoadedOnce {

    private final Runnable load;
    private volatile boolean loaded;

    public LoadedOnce(Runnable load) {
        this.load = load;
    }

    public void ensure() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    load.run();
                    loaded = true;
                }
            }
        }
    }

    /** Runs the reset; afterwards there is nothing to load. */
    public void reset(Runnable reset) {
        synchronized (this) {
            reset.run();
            loaded = true;
        }
    }
}
