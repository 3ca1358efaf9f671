package org.zhaoshang.crm.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The H2 storage type of index keys. H2's default type compares keys it does not know (such as mongo-java-server's
 * {@link KeyValue}) by Java-serializing both sides on every comparison, which made one index lookup cost tens of
 * microseconds and grow with the store. This type compares the values in memory, in MongoDB's order, and writes
 * each value with H2's own compact encoding.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    static final KeyValueType INSTANCE = new KeyValueType();

    private static final ValueComparator ORDER = ValueComparator.asc();
    private final ObjectDataType values = new ObjectDataType();

    private KeyValueType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * The event store's keys are strings (aggregate keys, event identifiers) and longs (global indexes): for two of
     * the same kind MongoDB's order is String's and Long's own, which the general comparator reaches only after
     * looking up both values' type ranks, the larger part of an index lookup. Any other pair goes to it.
     */
    private static int compareValues(Object a, Object b) {
        if (a instanceof String first && b instanceof String second) {
            return first.compareTo(second);
        }
        if (a instanceof Long first && b instanceof Long second) {
            return Long.compare(first, second);
        }
        return ORDER.compare(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 24;
        for (Object value : key) {
            memory += values.getMemory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            values.write(buffer, value);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        Object[] read = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < read.length; i++) {
            read[i] = values.read(buffer);
        }
        return new KeyValue(read);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
