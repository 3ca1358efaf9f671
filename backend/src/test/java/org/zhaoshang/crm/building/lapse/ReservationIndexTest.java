package org.zhaoshang.crm.building.lapse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservationEndedEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.building.api.value.ReservationEnd;
import org.zhaoshang.crm.building.api.value.Tenant;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The index of units reserved now, with each event delivered twice and a late redelivery of an older one. */
class ReservationIndexTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    void eachEventDeliveredTwiceLeavesTheIndexAsOnce() {
        ReservationIndex index = new ReservationIndex(STORE.database("reservation-index-" + System.nanoTime()));
        UnitReservedEvent forA = new UnitReservedEvent("b-1", "u-1", "lead-a", DAY, "li.na", DAY);
        UnitReservedEvent forA2 = new UnitReservedEvent("b-1", "u-2", "lead-a", DAY, "li.na", DAY);
        UnitReservationEndedEvent released = new UnitReservationEndedEvent("b-1", "u-1", "lead-a",
                                                                           ReservationEnd.RELEASED, "li.na", DAY);
        UnitReservedEvent forB = new UnitReservedEvent("b-1", "u-1", "lead-b", DAY.plusDays(9), "liu.yang", DAY);

        for (int twice = 0; twice < 2; twice++) {
            index.on(forA, 5);
            index.on(forA2, 6);
        }
        assertThat(index.forLead("lead-a")).extracting(ReservationIndex.Reservation::unitId)
                                           .containsExactlyInAnyOrder("u-1", "u-2");
        for (int twice = 0; twice < 2; twice++) {
            index.on(released, 7);
            index.on(forB, 8);
        }
        index.on(forA, 5); // an old event delivered late changes nothing
        assertThat(index.forLead("lead-a")).extracting(ReservationIndex.Reservation::unitId).containsExactly("u-2");
        assertThat(index.forLead("lead-b")).containsExactly(
                new ReservationIndex.Reservation("b-1", "u-1", "lead-b", DAY.plusDays(9)));

        index.on(new UnitLetEvent("b-1", "u-2", new Tenant("Barclays", "lead-a", null, null), DAY, null, "li.na",
                                  DAY), 9);
        assertThat(index.forLead("lead-a")).isEmpty();
        assertThat(index.all()).extracting(ReservationIndex.Reservation::leadId).containsExactly("lead-b");
    }
}
