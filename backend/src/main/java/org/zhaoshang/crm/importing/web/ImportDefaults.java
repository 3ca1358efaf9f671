package org.zhaoshang.crm.importing.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Upload limits for sheets, below the application's own properties, so that a deployment can override them. */
@Configuration
@PropertySource("classpath:org/zhaoshang/crm/importing/defaults.properties")
class ImportDefaults {
}
