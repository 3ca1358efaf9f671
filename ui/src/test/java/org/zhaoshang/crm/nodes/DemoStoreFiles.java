package org.zhaoshang.crm.nodes;

import org.zhaoshang.crm.AppProcess;

import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * A store file with the demo users (password demo) and 40 demo leads, for a store process to serve: demo data is
 * only ever made in a new embedded store, so the application makes it there first and is then stopped.
 */
final class DemoStoreFiles {

    static final int LEADS = 40;

    private DemoStoreFiles() {
    }

    static void make(Path dataDir) throws Exception {
        try (AppProcess app = AppProcess.startDemo(dataDir, "demo-store-maker")) {
            Api api = new Api(app);
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                   .until(() -> api.json("manager", "/api/leads?size=1").path("total").asInt() == LEADS);
        }
    }
}
