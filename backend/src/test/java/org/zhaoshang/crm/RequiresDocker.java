package org.zhaoshang.crm;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** Runs a test class only where a Docker engine answers, and says loudly when it does not. */
public class RequiresDocker implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("Docker engine found");
        }
        String reason = "SKIPPED " + context.getDisplayName()
                + ": no Docker engine on this machine, so the real-MongoDB (Testcontainers) run did not happen";
        System.out.println("[RequiresDocker] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
