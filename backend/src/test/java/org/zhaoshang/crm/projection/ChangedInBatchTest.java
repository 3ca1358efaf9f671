package org.zhaoshang.crm.projection;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedInBatchTest {

    private final List<Map<String, String>> handedOver = new ArrayList<>();
    private final ChangedInBatch<String, String> changes = new ChangedInBatch<>(handedOver::add);

    @Test
    void aBatchHandsOverEachChangedKeyOnceWithWhatWasNotedAtItsFirstChange() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));

        changes.changed("a", () -> "a before");
        changes.changed("b", () -> "b before");
        changes.changed("a", () -> "a in between");
        int beforeCommit = handedOver.size();
        batch.commit();

        assertThat(beforeCommit).isZero();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("a", "a before");
        expected.put("b", "b before");
        assertThat(handedOver).containsExactly(expected);
    }

    @Test
    void outsideABatchEachChangeIsHandedOverAtOnce() {
        changes.changed("a", () -> "now");

        assertThat(handedOver).containsExactly(Map.of("a", "now"));
    }

    @Test
    void theChangesAreHandedOverBeforeTheBatchsToken() {
        List<Integer> handedOverWhenTokenStored = new ArrayList<>();
        WritesFirstTokenStore tokens = new WritesFirstTokenStore(new InMemoryTokenStore() {
            @Override
            public void storeToken(TrackingToken token, String processorName, int segment) {
                handedOverWhenTokenStored.add(handedOver.size());
                super.storeToken(token, processorName, segment);
            }
        });
        tokens.initializeTokenSegments("projection", 1);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        batch.onPrepareCommit(committing -> tokens.storeToken(new GlobalSequenceTrackingToken(7), "projection", 0));

        changes.changed("a", () -> "before");
        batch.commit();

        assertThat(handedOverWhenTokenStored).containsExactly(1);
        assertThat(handedOver).hasSize(1);
    }
}
