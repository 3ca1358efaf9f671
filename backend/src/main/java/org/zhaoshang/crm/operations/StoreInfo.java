package org.zhaoshang.crm.operations;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.storage.StoreProperties;

/** {@code /actuator/info}: which store the application runs on (the version comes from the build's info). */
@Component
class StoreInfo implements InfoContributor {

    private final StoreProperties store;

    StoreInfo(StoreProperties store) {
        this.store = store;
    }

    @Override
    public void contribute(Info.Builder info) {
        info.withDetail("store", store.embedded()
                ? java.util.Map.of("mode", "embedded", "dataDir", store.dataDir().toAbsolutePath().toString())
                : java.util.Map.of("mode", "external", "database", store.mongodb().database()));
    }
}
