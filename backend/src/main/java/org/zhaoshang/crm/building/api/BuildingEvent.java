package org.zhaoshang.crm.building.api;

import java.time.LocalDate;

/** An event of one building's stream: who recorded it and the bureau's day it was recorded. */
public sealed interface BuildingEvent
        permits BuildingRegisteredEvent, BuildingProfileChangedEvent, UnitAddedEvent, UnitChangedEvent,
                UnitReservedEvent, UnitReservationEndedEvent, UnitLetEvent, UnitVacatedEvent,
                BuildingTaxRecordedEvent {

    String buildingId();

    String by();

    LocalDate on();
}
