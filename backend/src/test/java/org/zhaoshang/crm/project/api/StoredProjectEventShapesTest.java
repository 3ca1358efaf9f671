package org.zhaoshang.crm.project.api;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.zhaoshang.crm.project.api.value.Tranche;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Project events stored in an earlier shape still load, as the application's serializer reads them. */
class StoredProjectEventShapesTest {

    private final Serializer serializer = JacksonSerializer.builder()
                                                           .objectMapper(Jackson2ObjectMapperBuilder.json().build())
                                                           .build();

    @Test
    void aTrancheStoredBeforeTranchesHadAStatedCurrencyIsInCnyAsBefore() {
        String stored = """
                {"projectId":"p-1","leadId":"lead-1","commitments":{"kind":"OFFICE","registeredCapital":null,
                 "totalInvestment":{"amountWan":5000,"currency":"CNY","rateToCny":1,"cnyWan":5000.00},
                 "capitalSchedule":[{"dueOn":"2026-09-30","amountWan":3000}],"promisedDays":[],"annualTaxWan":800,
                 "jobs":120,"landAreaMu":null,"floorSpaceM2":4000,"zone":null,"building":"汉峪金谷 A3"},
                 "changedBy":"li.na","changedOn":"2026-11-27"}""";

        ProjectCommitmentsChangedEvent event = serializer.deserialize(new SimpleSerializedObject<>(
                stored, String.class, ProjectCommitmentsChangedEvent.class.getName(), "1"));

        Tranche tranche = event.commitments().capitalSchedule().get(0);
        assertThat(tranche.dueOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(tranche.amountWan()).isEqualByComparingTo(new BigDecimal("3000"));
        assertThat(tranche.stated()).isNull();
        assertThat(tranche.cnyWan()).isEqualByComparingTo(new BigDecimal("3000"));
    }
}
