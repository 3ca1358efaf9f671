package org.zhaoshang.crm.storage;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterConnectionMode;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ClusterType;
import com.mongodb.connection.ServerConnectionState;
import com.mongodb.connection.ServerDescription;
import com.mongodb.connection.ServerType;
import com.mongodb.event.ClusterDescriptionChangedEvent;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreAvailabilityTest {

    private final StoreAvailability store = new StoreAvailability();

    @Test
    void refusesCommandsWhileNoStoreCanBeWrittenToAndTakesThemAgainWhenOneCan() throws Exception {
        CountDownLatch back = new CountDownLatch(1);
        store.whenBack(back::countDown);
        GenericCommandMessage<String> command = new GenericCommandMessage<>("log activity");

        assertThat(store.handle(List.of(command)).apply(0, command)).isSameAs(command);
        changeTo(ServerConnectionState.CONNECTING, ServerType.UNKNOWN);
        assertThat(store.reachable()).isFalse();
        assertThatThrownBy(() -> store.handle(List.of(command)).apply(0, command))
                .isInstanceOf(StoreAvailability.StoreUnavailableException.class)
                .satisfies(refused -> assertThat(StoreOutage.of(refused)).contains(StoreOutage.NOT_SENT));

        changeTo(ServerConnectionState.CONNECTED, ServerType.STANDALONE);
        assertThat(store.reachable()).isTrue();
        assertThat(store.handle(List.of(command)).apply(0, command)).isSameAs(command);
        assertThat(back.await(5, TimeUnit.SECONDS)).as("told that the store is back").isTrue();
    }

    @Test
    void readsFallBackOnWhatWasLastReadOnlyWhileTheStoreIsAway() {
        assertThat(store.readOr(() -> "stored", () -> "last read")).isEqualTo("stored");
        assertThat(store.readOr(() -> {
            throw new MongoSocketReadException("connection reset", new ServerAddress());
        }, () -> "last read")).isEqualTo("last read");
        assertThatThrownBy(() -> store.readOr(() -> {
            throw new IllegalStateException("a bug, not an outage");
        }, () -> "last read")).isInstanceOf(IllegalStateException.class);

        changeTo(ServerConnectionState.CONNECTING, ServerType.UNKNOWN);
        assertThat(store.readOr(() -> "stored", () -> "last read")).isEqualTo("last read");
    }

    private void changeTo(ServerConnectionState state, ServerType type) {
        ServerDescription server = ServerDescription.builder().address(new ServerAddress()).state(state).type(type)
                                                    .ok(state == ServerConnectionState.CONNECTED)
                                                    .build();
        ClusterDescription before = new ClusterDescription(ClusterConnectionMode.SINGLE, ClusterType.UNKNOWN,
                                                           List.of());
        ClusterDescription after = new ClusterDescription(ClusterConnectionMode.SINGLE,
                                                          type == ServerType.UNKNOWN ? ClusterType.UNKNOWN
                                                                                     : ClusterType.STANDALONE,
                                                          List.of(server));
        store.clusterDescriptionChanged(new ClusterDescriptionChangedEvent(new ClusterId(), after, before));
    }
}
