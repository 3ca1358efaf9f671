package org.zhaoshang.crm.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;
import org.zhaoshang.crm.BackendTestApplication;
import org.zhaoshang.crm.PropertySeed;
import org.zhaoshang.crm.StoredEvents;
import org.zhaoshang.crm.ambassador.api.AmbassadorKind;
import org.zhaoshang.crm.ambassador.api.AmbassadorProfile;
import org.zhaoshang.crm.ambassador.api.DeactivateAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.RegisterAmbassadorCommand;
import org.zhaoshang.crm.conversion.api.SetYearTargetsCommand;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.ImportCheckPassedException;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.ReopenLeadCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.users.UserAuthentication;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.NotFoundException;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Random and half-valid instances of every command (every public record named …Command, found on the class path, so a
 * new command is covered at once), given through the real command gateway by random callers: each is done or refused
 * in one of the application's ways, a refusal stores no event, and an invalid input names the field and the rule.
 * The number of commands sent and their outcomes are printed at the end.
 */
class CommandPropertiesTest {

    private static final String APPLICATION_PACKAGE = "org.zhaoshang.crm";
    private static final String ACTIVITY = "visit-1";
    private static final String CONTACT = "contact-1";
    private static final String FOLLOW_UP = "follow-up-1";
    private static final String AMBASSADOR = "fuzz-ambassador";
    private static final List<String> USERS = List.of("staff", "manager", "ambassador", "admin");
    private static final String NO_ONE = "anonymous";
    /** The application's ways of refusing a command; anything else thrown is a bug. */
    private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(
            InvalidInputException.class, NotPermittedException.class, NotFoundException.class,
            AggregateNotFoundException.class, ConflictingAggregateVersionException.class, ConcurrencyException.class,
            AggregateStreamCreationException.class);
    private static final Map<String, Integer> OUTCOMES = new TreeMap<>();

    private static ConfigurableApplicationContext app;
    private static CommandGateway commands;
    private static final Map<String, SecurityContext> CALLERS = new TreeMap<>();
    private static final List<String> LEADS = new ArrayList<>();

    @BeforeContainer
    static void start() {
        app = new SpringApplicationBuilder(BackendTestApplication.class)
                .run("--spring.main.web-application-type=none", "--zhaoshang.demo-leads=5",
                     "--zhaoshang.data-dir=target/test-data/command-properties-" + UUID.randomUUID(),
                     "--logging.level.root=WARN",
                     "--logging.level.org.axonframework.modelling.command.AbstractRepository=ERROR");
        commands = app.getBean(CommandGateway.class);
        UserAuthentication users = app.getBean(UserAuthentication.class);
        USERS.forEach(user -> CALLERS.put(user, signedIn(users.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user, "demo")))));
        CALLERS.put(NO_ONE, signedIn(new AnonymousAuthenticationToken(
                "fuzz", NO_ONE, AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));
        as("manager", () -> commands.sendAndWait(new RegisterAmbassadorCommand(AMBASSADOR, new AmbassadorProfile(
                AmbassadorKind.INVESTMENT_AMBASSADOR, "Fuzz Ambassador", null, Set.of(), null, null))));
        for (String owner : List.of("manager", "staff", "ambassador")) {
            LEADS.add(as(owner, CommandPropertiesTest::createWorkedLead));
        }
    }

    @AfterContainer
    static void stop() {
        System.out.printf("[CommandPropertiesTest] %d commands of %d types sent by random callers: %s%n",
                          OUTCOMES.values().stream().mapToInt(Integer::intValue).sum(), commandTypes().size(),
                          OUTCOMES);
        app.close();
    }

    /** Without edge cases: jqwik would spend a third of the tries on those of the first command type. */
    @Property(tries = 800, seed = PropertySeed.FIXED, edgeCases = EdgeCasesMode.NONE)
    void aCommandIsDoneOrRefusedAndARefusalStoresNothing(@ForAll("commands") Object command,
                                                         @ForAll("callers") String caller) {
        long eventsBefore = StoredEvents.count(app);
        String outcome = as(caller, () -> outcomeOf(command));
        OUTCOMES.merge(outcome, 1, Integer::sum);
        if (!outcome.equals("done")) {
            assertThat(StoredEvents.count(app)).as("events stored by a refused " + command).isEqualTo(eventsBefore);
        }
    }

    /** Found by the property: a command naming another kind of record's id failed to load it (a 500 in the API). */
    @Example
    void aCommandNamingAnotherKindOfRecordFindsNone() {
        assertThat(managerSends(new ReopenLeadCommand(AMBASSADOR, null, null)))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThat(managerSends(new DeactivateAmbassadorCommand(LEADS.get(0), "wrong record", null)))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThat(managerSends(new SetYearTargetsCommand(LEADS.get(0), new YearTargets(1, null, null, null, null),
                                                          null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("year: ");
    }

    /** Found by the property: a command without the id of its record failed in Axon (IllegalArgumentException). */
    @Example
    void aCommandWithoutItsRecordsIdIsInvalid() {
        assertThat(managerSends(new ReopenLeadCommand(null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("leadId: must not be empty");
    }

    /** Found with the property's extreme numbers: arithmetic on 1E-2147483647 overflowed (ArithmeticException). */
    @Example
    void anAbsurdlyFineNumberIsInvalid() {
        BigDecimal tooFine = new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE);
        assertThat(managerSends(new UpdateLeadNumbersCommand(LEADS.get(0), tooFine, "USD", new BigDecimal("7.12"), null,
                                                             null, null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("investmentAmountWan: must have at most 10 decimal places");
    }

    /** Issue 15: a rate of 1e-10000000 took 22 s and was stored; 1e-1000000000 failed (a 500 in the API). */
    @Example
    void anAbsurdRateIsInvalidAtOnce() {
        for (BigDecimal rate : List.of(new BigDecimal("1e-10000000"), new BigDecimal("1e-1000000000"),
                                       new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
                                       new BigDecimal("1e1000000000"), new BigDecimal("7." + "1".repeat(100_000)))) {
            Throwable refused = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> managerSends(
                    new UpdateLeadNumbersCommand(LEADS.get(0), new BigDecimal("300"), "USD", rate, null, null, null,
                                                 null, null, null, null)));
            assertThat(refused).as(rate.toString().substring(0, Math.min(12, rate.toString().length()))).isInstanceOf(InvalidInputException.class)
                               .hasMessageStartingWith("rateToCny: ");
        }
    }

    private static Throwable managerSends(Object command) {
        return as("manager", () -> catchThrowable(() -> commands.sendAndWait(command)));
    }

    @Provide
    Arbitrary<Object> commands() {
        Arbitrary<String> storedIds = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(LEADS)), Tuple.of(1, Arbitraries.of(AMBASSADOR, "demo-amb-london", "2026")));
        RecordArbitraries records = new RecordArbitraries(storedIds, knownTexts());
        return Arbitraries.oneOf(commandTypes().stream().map(records::of).toList());
    }

    /** Mostly callers who may change leads, so that the rules behind the access check are reached. */
    @Provide
    Arbitrary<String> callers() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("manager")), Tuple.of(2, Arbitraries.of("staff")),
                                       Tuple.of(1, Arbitraries.of("ambassador", "admin", NO_ONE)));
    }

    private static String outcomeOf(Object command) {
        if (command instanceof RecordArbitraries.RefusedWhenMade refused) {
            assertThat(refused.refusal().violations()).as("violations of " + refused.record()).isNotEmpty();
            return "refused when made";
        }
        try {
            commands.sendAndWait(command);
            return "done";
        } catch (ImportCheckPassedException dryRun) {
            return "dry run passed";
        } catch (InvalidInputException invalid) {
            assertThat(invalid.violations()).as("violations of " + command).isNotEmpty().allSatisfy(violation -> {
                assertThat(violation.field()).isNotBlank();
                assertThat(violation.rule()).isNotBlank();
            });
            return invalid.getClass().getSimpleName();
        } catch (RuntimeException failure) {
            if (REFUSALS.stream().noneMatch(refusal -> refusal.isInstance(failure))) {
                throw new AssertionError(command + " failed with " + failure, failure);
            }
            return failure.getClass().getSimpleName();
        }
    }

    /** Every public record named …Command in the application: the messages the command bus takes. */
    private static List<Class<?>> commandTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Command"));
        List<Class<?>> types = scanner.findCandidateComponents(APPLICATION_PACKAGE).stream()
                                      .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
                                                                                    null))
                                      .filter(type -> type.isRecord() && Modifier.isPublic(type.getModifiers()))
                                      .sorted(Comparator.comparing(Class::getName))
                                      .<Class<?>>map(type -> type).toList();
        assertThat(types).as("the commands found on the class path").contains(CreateLeadCommand.class);
        return types;
    }

    /** Values the application takes, so that many commands reach the rules behind them. */
    private static List<String> knownTexts() {
        List<String> known = new ArrayList<>(USERS);
        known.addAll(List.of(NO_ONE, ACTIVITY, CONTACT, FOLLOW_UP, AMBASSADOR, "CNY", "USD", "https://example.com",
                             "zhang@example.cn", "+86 531 1234 5678", "Fuzz Capital", ReadModels.PROCESSING_GROUP));
        return known;
    }

    /** A lead with an activity, a contact and a follow-up, so that commands on them find something. */
    private static String createWorkedLead() {
        String leadId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        commands.sendAndWait(new CreateLeadCommand(leadId, Company.named("Fuzz Capital", null), SourceMarket.LONDON,
                                                   null, null, null));
        commands.sendAndWait(new LogActivityCommand(leadId, ACTIVITY, ActivityType.VISIT_BY_THEM, today,
                                                    List.of("王伟"), null, null, null));
        commands.sendAndWait(new AddContactCommand(leadId, CONTACT, new Contact("Wang", "Wei", null, null, null,
                                                                                null, null), null));
        commands.sendAndWait(new ScheduleFollowUpCommand(leadId, FOLLOW_UP, "Call back", today.plusDays(3), null,
                                                         null));
        return leadId;
    }

    private static <T> T as(String caller, Supplier<T> action) {
        SecurityContextHolder.setContext(CALLERS.get(caller));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static SecurityContext signedIn(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        return context;
    }
}
