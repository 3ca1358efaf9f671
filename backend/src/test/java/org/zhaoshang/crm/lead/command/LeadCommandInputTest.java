package org.zhaoshang.crm.lead.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.RemoveContactCommand;
import org.zhaoshang.crm.lead.api.command.RemoveLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.command.ValidatedCommand;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The input rules live in the commands and values; the aggregate runs them once, before what needs its state. */
class LeadCommandInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                                                   ZoneId.of("Asia/Shanghai"));
    /** Commands whose only input is an id the lead's state decides on. */
    private static final Set<Class<?>> STATE_ONLY = Set.of(RemoveContactCommand.class,
                                                           RemoveLeadTeamMemberCommand.class);

    @Test
    void everyLeadCommandWithInputChecksItself() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Command"));
        List<Class<?>> commands = scanner.findCandidateComponents("org.zhaoshang.crm.lead.api").stream()
                                         .<Class<?>>map(candidate -> ClassUtils.resolveClassName(
                                                 candidate.getBeanClassName(), null))
                                         .filter(Class::isRecord)
                                         .toList();

        assertThat(commands).hasSizeGreaterThan(20);
        assertThat(commands).filteredOn(type -> !STATE_ONLY.contains(type))
                            .allMatch(ValidatedCommand.class::isAssignableFrom, "implements ValidatedCommand");
    }

    @Test
    void inputIsCheckedBeforeTheLeadsState() {
        AggregateTestFixture<Lead> fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((AmbassadorDirectory) id -> false);
        fixture.given(new LeadCreatedEvent("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null,
                                           null, TODAY),
                      new LeadLostEvent("lead-1", Stage.LEAD, LossReason.COSTS_TOO_HIGH, null, null, TODAY))
               .when(new MoveLeadToStageCommand("lead-1", Stage.CONTACTED, null, "x".repeat(2_001), null))
               .expectNoEvents()
               .expectException(InvalidInputException.class)
               .expectExceptionMessage("comment: must be at most 2000 characters");
    }

    @Test
    void aNewLeadChecksItsInputToo() {
        AggregateTestFixture<Lead> fixture = new AggregateTestFixture<>(Lead.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((AmbassadorDirectory) id -> false);
        fixture.givenNoPriorActivity()
               .when(new CreateLeadCommand("lead-1", Company.named("Barclays", null), SourceMarket.LONDON, null, null,
                                           TODAY.plusDays(1)))
               .expectNoEvents()
               .expectExceptionMessage("identifiedOn: must not be after today (2026-11-27)");
    }

    @Test
    void valuesValidateAndStripThemselves() {
        Company company = new Company(" Barclays ", " ", " UK ", null, null, true, false, "ftp://barclays.com");
        assertThatThrownBy(() -> Company.validate(new Violations(), company).throwIfAny())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("website: must be an address starting with http:// or https://");
        assertThat(company.stripped())
                .isEqualTo(new Company("Barclays", null, "UK", null, null, true, false, "ftp://barclays.com"));

        Contact contact = new Contact(" 王 ", null, null, "not a phone", null, null, " wang ");
        assertThatThrownBy(() -> Contact.validate(new Violations(), contact).throwIfAny())
                .hasMessage("phone: digits, spaces, +, -, ( and ) only, at most 40; "
                                    + "messagingApp: say which app the handle is for");
        assertThat(contact.stripped()).isEqualTo(new Contact("王", null, null, "not a phone", null, null, "wang"));
    }
}
