package org.zhaoshang.crm.project.ui;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.project.api.command.RecordProgressCommand;
import org.zhaoshang.crm.project.api.command.SignProjectCommand;
import org.zhaoshang.crm.project.api.command.VerifyProgressCommand;
import org.zhaoshang.crm.project.api.query.FindProjectQuery;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.value.AgreementBasis;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Decision;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.PromisedDay;
import org.zhaoshang.crm.project.api.value.Tranche;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Leads of staff with a signed project, and progress on it as its users record and verify it. */
final class SignedLeads {

    static final LocalDate TODAY = LocalDate.now(BureauTime.ZONE);
    /** A small PDF, as a bank's receipt would be scanned. */
    static final byte[] RECEIPT = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    private final CommandGateway commands;
    private final QueryGateway queries;

    SignedLeads(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** A lead of {@code owner} with one office project: 5,000 万元, 2,000 万元 due 60 days ago, registration 30. */
    Signed lead(String owner, String name) {
        String leadId = unsigned(owner, name);
        String projectId = UUID.randomUUID().toString();
        Commitments commitments = new Commitments(
                ProjectKind.OFFICE, new PlannedInvestment(new BigDecimal("1000"), "CNY", null, null),
                new PlannedInvestment(new BigDecimal("5000"), "CNY", null, null),
                List.of(new Tranche(TODAY.minusDays(60), new BigDecimal("2000")),
                        new Tranche(TODAY.plusDays(300), new BigDecimal("3000"))),
                List.of(new PromisedDay(Milestone.REGISTERED, TODAY.minusDays(30)),
                        new PromisedDay(Milestone.OPERATING, TODAY.plusDays(200))),
                new BigDecimal("800"), 120, null, new BigDecimal("3600"), TargetZone.values()[0], "汉峪金谷 A3");
        commands.sendAndWait(new SignProjectCommand(projectId, leadId, new ProjectAgreement(
                TODAY.minusDays(90), "历下招商〔2026〕" + name, AgreementBasis.FIRST_SIGNING), commitments));
        return new Signed(leadId, projectId);
    }

    /** A lead of {@code owner} without any project. */
    String unsigned(String owner, String name) {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                leadId, Company.named(name, null), SourceMarket.LONDON, null, null, null))
                                                  .andMetaData(Map.of(Actor.META_DATA_KEY, owner)));
        return leadId;
    }

    /** Capital arrived, recorded by {@code user} (a staff or manager login), without evidence. */
    String capital(Signed signed, String user, Role role, String amountWan) {
        String progressId = UUID.randomUUID().toString();
        as(user, role, new RecordProgressCommand(signed.projectId(), progressId, new ProgressFact(
                ProgressKind.CAPITAL_ARRIVED, TODAY.minusDays(5), new BigDecimal(amountWan), null, null, null,
                List.of()), null, null));
        return progressId;
    }

    void decide(Signed signed, String progressId, Decision decision, String reason) {
        as("manager", Role.MANAGER, new VerifyProgressCommand(signed.projectId(), progressId, decision, reason, null));
    }

    private void as(String user, Role role, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                Caller.user(user, Set.of(role), null).toMetaData()));
    }

    ProjectView project(Signed signed) {
        return queries.query(new FindProjectQuery(signed.projectId()), ResponseTypes.instanceOf(ProjectView.class))
                      .join();
    }

    record Signed(String leadId, String projectId) {
    }
}
