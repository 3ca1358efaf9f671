package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.query.LightReason;

import java.util.List;

/** The rules of domain.md applied to one key project at one day: its light and every reason for it. */
final class LightJudge {

    /** A light with its reasons, red ones first. */
    record Judgement(Light light, List<LightReason> reasons) {
    }

    private LightJudge() {
    }

    static Judgement judge(LightRules rules, LightInputs inputs) {
        throw new UnsupportedOperationException("issue 20: to be written");
    }
}
