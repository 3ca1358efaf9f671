package org.zhaoshang.crm.messaging;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Jackson for events, messages, snapshots and tokens (XStream cannot handle records on Java 17). Built on a copy of
 * Spring's ObjectMapper so that java.time values and unknown fields are handled as in the REST API.
 */
@Configuration(proxyBeanMethods = false)
public class SerializationConfiguration {

    @Bean
    @Primary
    Serializer serializer(ObjectMapper objectMapper) {
        ObjectMapper stored = objectMapper.copy().enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // the API's rules on numbers (ApiJsonConfiguration) are for requests, not for what was stored before them
        stored.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                                                                          .maxNumberLength(Integer.MAX_VALUE).build());
        return JacksonSerializer.builder().objectMapper(stored).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }
}
