package org.zhaoshang.crm.conversion.api;

import java.time.LocalDate;

/** The pipeline as it stood at the end of a past day: the open leads per stage. */
public record FindBoardAsOfQuery(LocalDate asOf, Knowledge knowledge, int cardsPerStage) {

    public FindBoardAsOfQuery {
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }
}
