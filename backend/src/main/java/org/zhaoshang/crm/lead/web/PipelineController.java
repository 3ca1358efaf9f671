package org.zhaoshang.crm.lead.web;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.lead.api.query.DataToComplete;
import org.zhaoshang.crm.lead.api.query.FindDataToCompleteQuery;
import org.zhaoshang.crm.lead.api.query.FindFollowUpsQuery;
import org.zhaoshang.crm.lead.api.query.FindPipelineBoardQuery;
import org.zhaoshang.crm.lead.api.query.FollowUps;
import org.zhaoshang.crm.lead.api.query.PipelineBoard;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;

/** The views staff work from: the pipeline board, the follow-up queues and the data to complete. */
@RestController
@RequestMapping("/api")
public class PipelineController {

    private final QueryGateway queries;
    private final Clock clock;

    public PipelineController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Operation(operationId = "getPipelineBoard", summary = "The pipeline board: leads per stage")
    @GetMapping("/pipeline")
    public PipelineBoard board(LeadFilterParameters filter, @RequestParam(defaultValue = "20") int cards) {
        return queries.query(new FindPipelineBoardQuery(filter.toFilter(), cards),
                             ResponseTypes.instanceOf(PipelineBoard.class)).join();
    }

    @Operation(operationId = "listDataToComplete", summary = "Leads an import placed past a stage gate without its "
                                                               + "data, until it is recorded; how many per gate")
    @GetMapping("/data-to-complete")
    public DataToComplete dataToComplete(@RequestParam(required = false) String owner,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size) {
        return queries.query(new FindDataToCompleteQuery(owner, page, size),
                             ResponseTypes.instanceOf(DataToComplete.class)).join();
    }

    @Operation(operationId = "listFollowUps", summary = "Follow-ups due, overdue and upcoming")
    @GetMapping("/follow-ups")
    public FollowUps followUps(@RequestParam(required = false) String assignee) {
        return queries.query(new FindFollowUpsQuery(assignee, BureauTime.today(clock)),
                             ResponseTypes.instanceOf(FollowUps.class)).join();
    }
}
