package org.zhaoshang.crm.notification.decide;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier.LightChange;
import org.zhaoshang.crm.supervision.api.query.LightReason;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A red light is told once per red spell: the spell is named by the day it began, whatever its reasons became. */
class RedSpellTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<LightReason> LATE = List.of(
            new LightReason(LightReason.Kind.NO_PROGRESS, Light.RED, 90, null));
    private static final List<LightReason> RED_CARD = List.of(
            new LightReason(LightReason.Kind.RED_PROBLEM, Light.RED, 16, "P-1"));

    @Test
    void aSpellBeginsAtTheFirstRedChangeAfterAnotherColour() {
        assertThat(RedLightNotices.redSince(dossier(
                new LightChange(LocalDate.of(2026, 9, 1), Light.GREEN, List.of()),
                new LightChange(LocalDate.of(2026, 10, 1), Light.YELLOW, List.of()),
                new LightChange(LocalDate.of(2026, 11, 2), Light.RED, LATE),
                new LightChange(LocalDate.of(2026, 11, 20), Light.RED, RED_CARD)), TODAY))
                .as("new reasons within the spell name no new one").isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void redAgainAfterAGreenIsANewSpell() {
        assertThat(RedLightNotices.redSince(dossier(
                new LightChange(LocalDate.of(2026, 9, 1), Light.RED, LATE),
                new LightChange(LocalDate.of(2026, 10, 1), Light.GREEN, List.of()),
                new LightChange(LocalDate.of(2026, 12, 1), Light.RED, RED_CARD)), TODAY))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void withoutAHistoryTheSpellIsTodays() {
        assertThat(RedLightNotices.redSince(dossier(), TODAY)).isEqualTo(TODAY);
    }

    private static KeyProjectDossier dossier(LightChange... lights) {
        return new KeyProjectDossier(null, null, List.of(), List.of(), List.of(), List.of(), List.of(lights),
                                     List.of());
    }
}
