package org.zhaoshang.crm.lead.command;

import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.FieldViolation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a lead must have before it may enter a stage, in one place. A move forward must meet the gate of every
 * stage it enters or passes; a move back needs nothing.
 */
final class StageGates {

    private static final Map<Stage, List<Requirement>> GATES = Map.of(
            Stage.SITE_VISIT, List.of(Requirement.LOGGED_VISIT),
            Stage.INTENT, List.of(Requirement.PLANNED_INVESTMENT, Requirement.TARGET_ZONE),
            Stage.SIGNED, List.of(Requirement.PLANNED_INVESTMENT, Requirement.AGREEMENT_DATE,
                                  Requirement.AGREEMENT_REFERENCE),
            Stage.LANDED, List.of(Requirement.REGISTRATION_DATE));

    private StageGates() {
    }

    /** What the lead lacks to go from {@code from} to {@code to}; empty when it may. */
    static List<FieldViolation> missing(Stage from, Stage to, Facts facts) {
        List<Requirement> unmet = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage.compareTo(from) > 0 && stage.compareTo(to) <= 0) {
                GATES.getOrDefault(stage, List.of()).stream()
                     .filter(requirement -> !requirement.isMetBy(facts) && !unmet.contains(requirement))
                     .forEach(unmet::add);
            }
        }
        return unmet.stream()
                    .map(requirement -> new FieldViolation(requirement.field, "stage-gate",
                                                           requirement.need + " before the lead can be " + to))
                    .toList();
    }

    /**
     * What the lead lacks to go from {@code from} to {@code to}, by the gate that asks for it (each field named once,
     * at the first gate on the way that asks for it), in the pipeline's order; empty when it may.
     */
    static Map<Stage, List<String>> missingByGate(Stage from, Stage to, Facts facts) {
        Map<Stage, List<String>> missing = new EnumMap<>(Stage.class);
        List<Requirement> named = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage.compareTo(from) > 0 && stage.compareTo(to) <= 0) {
                List<String> fields = new ArrayList<>();
                for (Requirement requirement : GATES.getOrDefault(stage, List.of())) {
                    if (!requirement.isMetBy(facts) && !named.contains(requirement)) {
                        named.add(requirement);
                        fields.add(requirement.field);
                    }
                }
                if (!fields.isEmpty()) {
                    missing.put(stage, List.copyOf(fields));
                }
            }
        }
        return missing;
    }

    /** The furthest stage from {@code from} up to {@code to} whose gates the lead meets ({@code from} if none). */
    static Stage highestMet(Stage from, Stage to, Facts facts) {
        Stage highest = from;
        for (Stage stage : Stage.values()) {
            if (stage.compareTo(from) > 0 && stage.compareTo(to) <= 0 && missing(from, stage, facts).isEmpty()) {
                highest = stage;
            } else if (stage.compareTo(from) > 0) {
                break;
            }
        }
        return highest;
    }

    /** Of these fields a gate lacked, the ones the lead has now. */
    static List<String> metNow(List<String> fields, Facts facts) {
        return fields.stream().filter(field -> Arrays.stream(Requirement.values()).anyMatch(
                requirement -> requirement.field.equals(field) && requirement.isMetBy(facts))).toList();
    }

    /** What the lead has, counting what the move itself brings (an agreement, a registration). */
    record Facts(boolean loggedVisit, boolean plannedInvestment, boolean targetZone, boolean agreementDate,
                 boolean agreementReference, boolean registrationDate) {
    }

    private enum Requirement {
        LOGGED_VISIT("activities", "a logged visit (ours to them or theirs to us) is needed", Facts::loggedVisit),
        PLANNED_INVESTMENT("plannedInvestment", "a planned investment is needed", Facts::plannedInvestment),
        TARGET_ZONE("targetZone", "a target zone is needed", Facts::targetZone),
        AGREEMENT_DATE("agreementSignedOn", "the day the agreement was signed is needed", Facts::agreementDate),
        AGREEMENT_REFERENCE("agreementReference", "the agreement's reference is needed", Facts::agreementReference),
        REGISTRATION_DATE("registeredOn", "the day the company registered is needed", Facts::registrationDate);

        private final String field;
        private final String need;
        private final Predicate<Facts> met;

        Requirement(String field, String need, Predicate<Facts> met) {
            this.field = field;
            this.need = need;
            this.met = met;
        }

        boolean isMetBy(Facts facts) {
            return met.test(facts);
        }
    }
}
