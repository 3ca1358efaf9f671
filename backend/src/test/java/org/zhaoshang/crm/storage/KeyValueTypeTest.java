package org.zhaoshang.crm.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyValueTypeTest {

    private final KeyValueType type = KeyValueType.INSTANCE;

    @Test
    void writesAndReadsBackEveryKindOfIndexValue() {
        List<KeyValue> keys = List.of(new KeyValue("lead-1/0"), new KeyValue(42.0), new KeyValue(7L),
                                      new KeyValue("processor", 3.0), new KeyValue((Object) null));
        WriteBuffer buffer = new WriteBuffer();
        keys.forEach(key -> type.write(buffer, key));
        ByteBuffer read = buffer.getBuffer();
        read.flip();

        List<KeyValue> back = new ArrayList<>();
        keys.forEach(key -> back.add(type.read(read)));

        assertThat(back).isEqualTo(keys);
    }

    @Test
    void ordersLikeMongoDbAndEqualKeysCompareEqual() {
        assertThat(type.compare(new KeyValue("a/10"), new KeyValue("a/9"))).isNegative();
        assertThat(type.compare(new KeyValue(2.0), new KeyValue(10.0))).isNegative();
        assertThat(type.compare(new KeyValue(5.0), new KeyValue("5"))).as("numbers before strings").isNegative();
        assertThat(type.compare(new KeyValue("p", 1.0), new KeyValue("p", 1.0))).isZero();
        assertThat(type.compare(new KeyValue("p"), new KeyValue("p", 1.0))).isNegative();
    }

    /** Strings and longs are compared on a short path: its order must be the stored one, MongoDB's. */
    @Test
    void stringsAndLongsKeepTheGeneralComparatorsOrder() {
        List<Object> values = List.of("", "a", "a/10", "a/9", "B", "\u00e9", "\uffff", "\ud83d\ude00", "瑞穗",
                                      "3f2c9a1e-0000-4000-8000-000000000001", Long.MIN_VALUE, -1L, 0L, 1L,
                                      (1L << 53) + 1, 1L << 53, Long.MAX_VALUE, 2.5, 7);
        for (Object a : values) {
            for (Object b : values) {
                assertThat(Integer.signum(type.compare(new KeyValue(a), new KeyValue(b))))
                        .as("%s against %s", a, b)
                        .isEqualTo(Integer.signum(ValueComparator.asc().compare(a, b)));
            }
        }
    }
}
