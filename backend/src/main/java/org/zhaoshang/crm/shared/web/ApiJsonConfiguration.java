package org.zhaoshang.crm.shared.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON the API reads refuses absurdly long numbers while parsing, before they become BigDecimal work (a figure
 * within its range never needs more than a few dozen characters; the commands check range, digits and decimal
 * places). The event serializer works on a copy of this mapper and lifts the limit again: stored events are read
 * as they were written.
 */
@Configuration(proxyBeanMethods = false)
public class ApiJsonConfiguration {

    /** Characters of one number in a request body. */
    public static final int MAX_NUMBER_LENGTH = 100;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer boundedNumbers() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build()));
    }
}
