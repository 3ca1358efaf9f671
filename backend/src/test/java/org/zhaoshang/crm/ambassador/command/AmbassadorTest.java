package org.zhaoshang.crm.ambassador.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.ambassador.api.AmbassadorDeactivatedEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorKind;
import org.zhaoshang.crm.ambassador.api.AmbassadorProfile;
import org.zhaoshang.crm.ambassador.api.AmbassadorRegisteredEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorUpdatedEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorReactivatedEvent;
import org.zhaoshang.crm.ambassador.api.DeactivateAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.ReactivateAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.RegisterAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.UpdateAmbassadorCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.util.EnumSet;
import java.util.Set;

class AmbassadorTest {

    private static final AmbassadorProfile PARTNER = new AmbassadorProfile(
            AmbassadorKind.INTERNATIONAL_PARTNER, "Grace Chan", "Harbour Advisory Ltd",
            EnumSet.of(SourceMarket.HONG_KONG, SourceMarket.LONDON), "grace@harbour.example", "+852 2123 4567");
    private static final AmbassadorRegisteredEvent REGISTERED = new AmbassadorRegisteredEvent("amb-1", PARTNER);

    private AggregateTestFixture<Ambassador> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ambassador.class);
    }

    @Test
    void registersAnAmbassadorWithTrimmedProfile() {
        fixture.givenNoPriorActivity()
               .when(new RegisterAmbassadorCommand("amb-1", new AmbassadorProfile(
                       AmbassadorKind.INTERNATIONAL_PARTNER, " Grace Chan ", "Harbour Advisory Ltd",
                       Set.of(SourceMarket.LONDON, SourceMarket.HONG_KONG), " grace@harbour.example",
                       "+852 2123 4567")))
               .expectEvents(REGISTERED);
    }

    @Test
    void anAmbassadorNeedsKindNameAndWellFormedContacts() {
        fixture.givenNoPriorActivity()
               .when(new RegisterAmbassadorCommand("amb-1", new AmbassadorProfile(null, " ", null, null, "grace@",
                                                                                  "ring me")))
               .expectNoEvents()
               .expectExceptionMessage("kind: must not be empty; name: must not be empty; "
                                               + "email: must be an e-mail address; "
                                               + "phone: digits, spaces, +, -, ( and ) only, at most 40");
    }

    @Test
    void updatesTheProfile() {
        AmbassadorProfile moved = new AmbassadorProfile(AmbassadorKind.INTERNATIONAL_PARTNER, "Grace Chan",
                                                        "Kowloon Partners", EnumSet.of(SourceMarket.HONG_KONG),
                                                        null, null);
        fixture.given(REGISTERED)
               .when(new UpdateAmbassadorCommand("amb-1", moved, null))
               .expectEvents(new AmbassadorUpdatedEvent("amb-1", moved));
    }

    @Test
    void isDeactivatedOnce() {
        fixture.given(REGISTERED)
               .when(new DeactivateAmbassadorCommand("amb-1", " moved to Singapore ", null))
               .expectEvents(new AmbassadorDeactivatedEvent("amb-1", "moved to Singapore"));
        fixture.given(REGISTERED, new AmbassadorDeactivatedEvent("amb-1", null))
               .when(new DeactivateAmbassadorCommand("amb-1", "again", null))
               .expectNoEvents()
               .expectExceptionMessage("active: the ambassador is already deactivated");
    }

    @Test
    void deactivationNeedsAReason() {
        fixture.given(REGISTERED)
               .when(new DeactivateAmbassadorCommand("amb-1", "  ", null))
               .expectNoEvents()
               .expectExceptionMessage("reason: must not be empty");
    }

    @Test
    void aDeactivatedAmbassadorIsReactivatedAndCanBeDeactivatedAgain() {
        fixture.given(REGISTERED, new AmbassadorDeactivatedEvent("amb-1", "contract ended"))
               .when(new ReactivateAmbassadorCommand("amb-1", " new contract ", null))
               .expectEvents(new AmbassadorReactivatedEvent("amb-1", "new contract"));
        fixture.given(REGISTERED, new AmbassadorDeactivatedEvent("amb-1", "contract ended"),
                      new AmbassadorReactivatedEvent("amb-1", null))
               .when(new DeactivateAmbassadorCommand("amb-1", "moved to Singapore", null))
               .expectEvents(new AmbassadorDeactivatedEvent("amb-1", "moved to Singapore"));
    }

    @Test
    void onlyADeactivatedAmbassadorIsReactivated() {
        fixture.given(REGISTERED)
               .when(new ReactivateAmbassadorCommand("amb-1", null, null))
               .expectNoEvents()
               .expectExceptionMessage("active: the ambassador is active");
    }
}
