package org.zhaoshang.crm.ui;

import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterConnectionMode;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ClusterType;
import com.mongodb.connection.ServerConnectionState;
import com.mongodb.connection.ServerDescription;
import com.mongodb.connection.ServerType;
import com.mongodb.event.ClusterDescriptionChangedEvent;
import org.zhaoshang.crm.storage.StoreAvailability;

import java.util.List;

/** Tells the application that the driver sees no store (as its monitor would), while {@code action} runs. */
public final class StoreDown {

    private StoreDown() {
    }

    public static void during(StoreAvailability store, Runnable action) {
        ClusterDescription none = new ClusterDescription(ClusterConnectionMode.SINGLE, ClusterType.UNKNOWN, List.of());
        ServerDescription server = ServerDescription.builder().address(new ServerAddress())
                                                    .state(ServerConnectionState.CONNECTED)
                                                    .type(ServerType.STANDALONE).ok(true).build();
        ClusterDescription up = new ClusterDescription(ClusterConnectionMode.SINGLE, ClusterType.STANDALONE,
                                                       List.of(server));
        store.clusterDescriptionChanged(new ClusterDescriptionChangedEvent(new ClusterId(), none, up));
        try {
            action.run();
        } finally {
            store.clusterDescriptionChanged(new ClusterDescriptionChangedEvent(new ClusterId(), up, none));
        }
    }
}
