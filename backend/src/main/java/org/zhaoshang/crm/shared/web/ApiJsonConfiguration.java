package org.zhaoshang.crm.shared.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

    /** Also: a whole number is written whole (2.5 or 1e-10000000 was silently cut to 2 or 0). */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer boundedNumbers() {
        return builder -> builder.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                                 .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                                         StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build()));
    }
}
