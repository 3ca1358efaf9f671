package org.zhaoshang.crm.ambassador.query;

import org.axonframework.messaging.MetaData;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.storage.StoreAvailability;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.ambassador.api.AmbassadorDeactivatedEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorKind;
import org.zhaoshang.crm.ambassador.api.AmbassadorList;
import org.zhaoshang.crm.ambassador.api.AmbassadorProfile;
import org.zhaoshang.crm.ambassador.api.AmbassadorRegisteredEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorUpdatedEvent;
import org.zhaoshang.crm.ambassador.api.FindAmbassadorsQuery;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.AmbassadorChoices;
import org.zhaoshang.crm.shared.api.FindAmbassadorChoicesQuery;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AmbassadorListProjectionTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static AmbassadorListProjection deliver(String database, int times) {
        AmbassadorListProjection projection = new AmbassadorListProjection(STORE.database(database), JSON,
                                                                               SimpleQueryUpdateEmitter.builder()
                                                                                                       .build(),
                                                                               new StoreAvailability());
        AmbassadorProfile first = new AmbassadorProfile(AmbassadorKind.INTERNATIONAL_PARTNER, "Hanul Partners", null,
                                                        Set.of(SourceMarket.KOREA), null, null);
        AmbassadorProfile second = new AmbassadorProfile(AmbassadorKind.INTERNATIONAL_PARTNER, "Hanul Partners Ltd",
                                                         "Hanul", Set.of(SourceMarket.KOREA, SourceMarket.JAPAN),
                                                         null, null);
        for (int i = 0; i < times; i++) {
            projection.on(new AmbassadorRegisteredEvent("a-1", first), 0);
        }
        for (int i = 0; i < times; i++) {
            projection.on(new AmbassadorUpdatedEvent("a-1", second), 1);
        }
        for (int i = 0; i < times; i++) {
            projection.on(new AmbassadorRegisteredEvent("a-2", first), 0);
        }
        for (int i = 0; i < times; i++) {
            projection.on(new AmbassadorDeactivatedEvent("a-2", "contract ended"), 1);
        }
        return projection;
    }

    @Test
    void deliveringEveryEventTwiceGivesTheSameList() {
        AmbassadorList once = deliver("once", 1).handle(new FindAmbassadorsQuery(true), MetaData.emptyInstance());
        AmbassadorList twice = deliver("twice", 2).handle(new FindAmbassadorsQuery(true), MetaData.emptyInstance());

        assertThat(twice).isEqualTo(once);
        assertThat(once.ambassadors()).extracting(summary -> summary.profile().name() + "/" + summary.active()
                                                                 + "/" + summary.version())
                                      .containsExactly("Hanul Partners/false/1", "Hanul Partners Ltd/true/1");
    }

    /** The choices a lead's or a user's form offers: the same list as the caller may see it, by name. */
    @Test
    void choicesAreTheAmbassadorsTheCallerSeesDeactivatedOnesMarked() {
        AmbassadorListProjection projection = deliver("choices", 1);
        MetaData ambassador = MetaData.from(Caller.user("amb", Set.of(Role.AMBASSADOR), "a-1").toMetaData());

        assertThat(projection.handle(new FindAmbassadorChoicesQuery(), MetaData.emptyInstance()).ambassadors())
                .containsExactly(new AmbassadorChoices.Choice("a-2", "Hanul Partners", false),
                                 new AmbassadorChoices.Choice("a-1", "Hanul Partners Ltd", true));
        assertThat(projection.handle(new FindAmbassadorChoicesQuery(), ambassador).ambassadors())
                .containsExactly(new AmbassadorChoices.Choice("a-1", "Hanul Partners Ltd", true));
    }
}
