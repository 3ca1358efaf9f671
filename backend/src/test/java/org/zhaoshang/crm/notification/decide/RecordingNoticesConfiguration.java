package org.zhaoshang.crm.notification.decide;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application with a recording {@link org.zhaoshang.crm.notification.api.Notices} in front of delivery's. */
@TestConfiguration
class RecordingNoticesConfiguration {

    @Bean
    @Primary
    RecordingNotices recordingNotices() {
        return new RecordingNotices();
    }
}
