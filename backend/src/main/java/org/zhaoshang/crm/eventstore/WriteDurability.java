package org.zhaoshang.crm.eventstore;

/**
 * What the event store does after an append so that the appended events survive a crash of the process before the
 * command is acknowledged. Real MongoDB needs nothing here: the write concern already waited for the journal.
 */
@FunctionalInterface
public interface WriteDurability {

    void makeDurable();

    static WriteDurability byWriteConcern() {
        return () -> {
        };
    }
}
