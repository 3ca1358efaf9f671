package org.zhaoshang.crm.problem.api;

/** An event of one problem; each names its lead, who did it and on which of the bureau's days. */
public sealed interface ProblemEvent
        permits ProblemRaisedEvent, ProblemProgressNotedEvent, ProblemResolvedEvent, ProblemClosedEvent,
                ProblemReopenedEvent, ProblemTalkRecordedEvent {

    String problemId();

    String leadId();
}
