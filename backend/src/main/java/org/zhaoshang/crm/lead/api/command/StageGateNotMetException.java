package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.ProblemType;

import java.util.List;

/** A move forward that lacks what the target stage needs; the violations name exactly what is missing. */
public class StageGateNotMetException extends InvalidInputException implements ProblemType {

    private final Stage stage;

    public StageGateNotMetException(Stage stage, List<FieldViolation> missing) {
        super(missing);
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public String code() {
        return "stage-gate-not-met";
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Stage gate not met: " + stage;
    }
}
