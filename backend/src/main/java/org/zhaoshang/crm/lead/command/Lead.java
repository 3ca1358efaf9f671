package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.ActivityType;
import org.zhaoshang.crm.lead.api.AddContactCommand;
import org.zhaoshang.crm.lead.api.AddLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.ImportCheckPassedException;
import org.zhaoshang.crm.lead.api.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;
import org.zhaoshang.crm.lead.api.RemoveLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.ChangeContactCommand;
import org.zhaoshang.crm.lead.api.ChangeLeadSourceCommand;
import org.zhaoshang.crm.lead.api.Company;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.CompleteFollowUpCommand;
import org.zhaoshang.crm.lead.api.Contact;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.CorrectActivityCommand;
import org.zhaoshang.crm.lead.api.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.LeadAssessmentUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.LeadStatus;
import org.zhaoshang.crm.lead.api.LeadVisibility;
import org.zhaoshang.crm.lead.api.LogActivityCommand;
import org.zhaoshang.crm.lead.api.LossReason;
import org.zhaoshang.crm.lead.api.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.PlannedInvestment;
import org.zhaoshang.crm.lead.api.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.ReassignLeadCommand;
import org.zhaoshang.crm.lead.api.RemoveContactCommand;
import org.zhaoshang.crm.lead.api.ReopenLeadCommand;
import org.zhaoshang.crm.lead.api.RescheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.RetractActivityCommand;
import org.zhaoshang.crm.lead.api.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.Stage;
import org.zhaoshang.crm.lead.api.StageGates;
import org.zhaoshang.crm.lead.api.StageGateNotMetException;
import org.zhaoshang.crm.lead.api.UpdateLeadAssessmentCommand;
import org.zhaoshang.crm.lead.api.UpdateLeadCompanyCommand;
import org.zhaoshang.crm.lead.api.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.zhaoshang.crm.shared.api.Texts.hasText;
import static org.zhaoshang.crm.shared.api.Texts.stripped;

/**
 * A company the bureau is courting, from first identification to an operating project. Who may change it is decided
 * by {@link LeadAccess} before any command handler runs. Revision 2 added the team and the introducer to the state:
 * older snapshots are ignored.
 */
@Revision("2")
@Aggregate(snapshotTriggerDefinition = "leadSnapshotTrigger", cache = "leadCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Lead {

    private static final int MAX_PARTICIPANTS = 20;
    private static final int MAX_PARTICIPANT_LENGTH = 100;
    private static final int MAX_PLACE_LENGTH = 100;
    private static final int MAX_PERSON_LENGTH = 100;
    private static final int MAX_NEXT_STEP_LENGTH = 500;
    private static final int MAX_CONTACTS = 50;
    private static final int MAX_WEBSITE_LENGTH = 300;
    private static final Pattern WEBSITE = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    @AggregateIdentifier
    private String leadId;
    private Stage stage;
    private LeadStatus status;
    private boolean hasPlannedInvestment;
    private boolean hasTargetZone;
    private LocalDate agreementSignedOn;
    private String agreementReference;
    private LocalDate registeredOn;
    private String owner;
    private String introducedBy;
    private final Set<String> team = new HashSet<>();
    private final Map<String, ActivityType> activities = new HashMap<>();
    private final Set<String> contacts = new HashSet<>();
    private final Map<String, LocalDate> openFollowUps = new HashMap<>();

    protected Lead() {
    }

    @CommandHandler
    public Lead(CreateLeadCommand command, AmbassadorDirectory ambassadors, Clock clock, MetaData metaData) {
        create(command, ambassadors, clock, metaData);
    }

    /**
     * The commands of one imported row, in order, on a new lead: each decides as it would alone, and a rejection of
     * any rejects the whole row (nothing of it is stored).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(ImportLeadCommand command, AmbassadorDirectory ambassadors, Clock clock, MetaData metaData) {
        Caller.from(metaData).require("Importing leads", Role.STAFF, Role.MANAGER);
        String id = command.leadId();
        new Violations()
                .required("leadId", id)
                .required("create", command.create())
                .check(id == null || command.create() == null || id.equals(command.create().leadId())
                               && (command.numbers() == null || id.equals(command.numbers().leadId()))
                               && command.contacts().stream().allMatch(contact -> id.equals(contact.leadId()))
                               && command.activities().stream().allMatch(activity -> id.equals(activity.leadId()))
                               && (command.move() == null || id.equals(command.move().leadId())),
                       "leadId", "mismatch", "every part of an import names the same lead")
                .throwIfAny();
        create(command.create(), ambassadors, clock, metaData);
        if (command.numbers() != null) {
            handle(command.numbers());
        }
        command.contacts().forEach(this::handle);
        for (LogActivityCommand activity : command.activities()) {
            handle(activity, clock);
        }
        if (command.move() != null) {
            handle(command.move(), clock);
        }
        if (command.dryRun()) {
            throw new ImportCheckPassedException(id);
        }
    }

    private void create(CreateLeadCommand command, AmbassadorDirectory ambassadors, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        LeadVisibility.requireLeadRole(caller);
        if (caller.limitedToOwnLeads() && hasText(command.introducedBy())
                && !command.introducedBy().strip().equals(caller.ambassadorId())) {
            throw new NotPermittedException("Ambassadors and partners create leads credited to themselves");
        }
        String introducedBy = caller.limitedToOwnLeads() ? caller.ambassadorId() : stripped(command.introducedBy());
        LocalDate today = BureauTime.today(clock);
        checkIntroducer(checkCompany(new Violations().required("leadId", command.leadId()), command.company())
                                .required("market", command.market()),
                        introducedBy, ambassadors)
                .notAfter("identifiedOn", command.identifiedOn(), today)
                .throwIfAny();
        apply(new LeadCreatedEvent(command.leadId().strip(), cleaned(command.company()), command.market(),
                                   command.channel(), introducedBy, (String) metaData.get(Actor.META_DATA_KEY),
                                   command.identifiedOn() == null ? today : command.identifiedOn()));
    }

    @CommandHandlerInterceptor
    Object checkAccess(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        LeadAccess.checkChange(command.getPayload(), Caller.from(command.getMetaData()),
                               new LeadAccess.Facts(leadId, owner, introducedBy, team, stage));
        return chain.proceed();
    }

    @CommandHandler
    public void handle(AddLeadTeamMemberCommand command) {
        new Violations()
                .required("member", command.member())
                .maxLength("member", command.member(), Violations.MAX_NAME_LENGTH)
                .check(command.member() == null || !team.contains(command.member().strip()), "member", "unique",
                       "is on the team already")
                .check(command.member() == null || !command.member().strip().equals(owner), "member", "owner",
                       "owns the lead")
                .throwIfAny();
        apply(new LeadTeamMemberAddedEvent(leadId, command.member().strip()));
    }

    @CommandHandler
    public void handle(RemoveLeadTeamMemberCommand command) {
        new Violations()
                .check(command.member() != null && team.contains(command.member().strip()), "member", "unknown",
                       "is not on the team")
                .throwIfAny();
        apply(new LeadTeamMemberRemovedEvent(leadId, command.member().strip()));
    }

    @CommandHandler
    public void handle(ChangeLeadSourceCommand command, AmbassadorDirectory ambassadors) {
        boolean sameIntroducer = hasText(command.introducedBy()) && command.introducedBy().strip().equals(introducedBy);
        checkIntroducer(new Violations().required("market", command.market()),
                        sameIntroducer ? null : command.introducedBy(), ambassadors)
                .throwIfAny();
        apply(new LeadSourceChangedEvent(leadId, command.market(), command.channel(),
                                         stripped(command.introducedBy())));
    }

    @CommandHandler
    public void handle(ReassignLeadCommand command) {
        new Violations()
                .required("owner", command.owner())
                .maxLength("owner", command.owner(), Violations.MAX_NAME_LENGTH)
                .check(command.owner() == null || !command.owner().strip().equals(owner), "owner", "unchanged",
                       "the lead is already owned by " + owner)
                .throwIfAny();
        apply(new LeadReassignedEvent(leadId, owner, command.owner().strip()));
    }

    @CommandHandler
    public void handle(UpdateLeadAssessmentCommand command) {
        new Violations()
                .between("likelihoodPercent", command.likelihoodPercent(), 0, 100)
                .maxLength("responsibleLeader", command.responsibleLeader(), Violations.MAX_NAME_LENGTH)
                .throwIfAny();
        apply(new LeadAssessmentUpdatedEvent(leadId, command.priority(), command.likelihoodPercent(),
                                             stripped(command.responsibleLeader())));
    }

    @CommandHandler
    public void handle(UpdateLeadCompanyCommand command) {
        checkCompany(new Violations(), command.company()).throwIfAny();
        apply(new LeadCompanyUpdatedEvent(leadId, cleaned(command.company())));
    }

    /** Only an active ambassador or partner can be credited with a lead. */
    private static Violations checkIntroducer(Violations violations, String introducedBy,
                                              AmbassadorDirectory ambassadors) {
        return violations.check(!hasText(introducedBy) || ambassadors.isActive(introducedBy.strip()),
                                "introducedBy", "unknown-ambassador", "is not an active ambassador or partner");
    }

    /** The rules for what is recorded of a company, on creation and on every update. */
    private static Violations checkCompany(Violations violations, Company company) {
        boolean named = company != null && (hasText(company.nameEn()) || hasText(company.nameZh()));
        violations.check(named, "companyName", "required",
                         "give the company name in English or in Chinese (or both)");
        if (company != null) {
            violations.maxLength("companyNameEn", company.nameEn(), Violations.MAX_NAME_LENGTH)
                      .maxLength("companyNameZh", company.nameZh(), Violations.MAX_NAME_LENGTH)
                      .maxLength("homeCountry", company.homeCountry(), MAX_PLACE_LENGTH)
                      .maxLength("homeCity", company.homeCity(), MAX_PLACE_LENGTH)
                      .maxLength("website", company.website(), MAX_WEBSITE_LENGTH)
                      .check(!hasText(company.website()) || WEBSITE.matcher(company.website().strip()).matches(),
                             "website", "url", "must be an address starting with http:// or https://");
        }
        return violations;
    }

    private static Company cleaned(Company company) {
        return new Company(stripped(company.nameEn()), stripped(company.nameZh()), stripped(company.homeCountry()),
                           stripped(company.homeCity()), company.industry(), company.fortune500(),
                           company.industryLeader(), stripped(company.website()));
    }

    @CommandHandler
    public void handle(MoveLeadToStageCommand command, Clock clock) {
        LocalDate today = BureauTime.today(clock);
        boolean bringsProof = command.agreementSignedOn() != null || hasText(command.agreementReference())
                || command.registeredOn() != null;
        new Violations()
                .check(status == LeadStatus.OPEN, "status", "not-open", whyNotOpen())
                .required("to", command.to())
                .check(command.to() == null || command.to() != stage,
                       "to", "unchanged", "the lead is already at stage " + stage)
                .notAfter("occurredOn", command.occurredOn(), today)
                .maxLength("comment", command.comment(), Violations.MAX_TEXT_LENGTH)
                .check(!bringsProof || command.to() == null || command.to().compareTo(Stage.SIGNED) >= 0,
                       "to", "proof-needs-signed", "an agreement or registration comes with a move to SIGNED or later")
                .notAfter("agreementSignedOn", command.agreementSignedOn(), today)
                .maxLength("agreementReference", command.agreementReference(), Violations.MAX_NAME_LENGTH)
                .notAfter("registeredOn", command.registeredOn(), today)
                .throwIfAny();
        StageGates.Facts facts = new StageGates.Facts(
                activities.values().stream().anyMatch(ActivityType::isVisit),
                hasPlannedInvestment, hasTargetZone,
                agreementSignedOn != null || command.agreementSignedOn() != null,
                agreementReference != null || hasText(command.agreementReference()),
                registeredOn != null || command.registeredOn() != null);
        List<FieldViolation> missing = StageGates.missing(stage, command.to(), facts);
        if (!missing.isEmpty()) {
            throw new StageGateNotMetException(command.to(), missing);
        }
        if (command.agreementSignedOn() != null || hasText(command.agreementReference())) {
            LocalDate signedOn = command.agreementSignedOn() == null ? agreementSignedOn : command.agreementSignedOn();
            String reference = hasText(command.agreementReference())
                               ? command.agreementReference().strip() : agreementReference;
            apply(new AgreementSignedEvent(leadId, signedOn, reference));
        }
        if (command.registeredOn() != null) {
            apply(new CompanyRegisteredEvent(leadId, command.registeredOn()));
        }
        LocalDate occurredOn = command.occurredOn() == null ? today : command.occurredOn();
        apply(new LeadMovedToStageEvent(leadId, stage, command.to(), occurredOn, stripped(command.comment())));
    }

    @CommandHandler
    public void handle(UpdateLeadNumbersCommand command) {
        String currency = command.investmentCurrency() == null ? "CNY" : command.investmentCurrency().strip();
        boolean cny = currency.equals("CNY");
        new Violations()
                .between("investmentAmountWan", command.investmentAmountWan(), 0, 100_000_000)
                .check(command.investmentAmountWan() != null
                               || command.investmentCurrency() == null && command.rateToCny() == null,
                       "investmentAmountWan", "required", "give the amount when giving a currency or rate")
                .check(PlannedInvestment.CURRENCIES.contains(currency), "investmentCurrency", "one-of",
                       "must be one of " + String.join(", ", PlannedInvestment.CURRENCIES))
                .check(cny || command.investmentAmountWan() == null || command.rateToCny() != null,
                       "rateToCny", "required", "give the rate of the day for an amount in " + currency)
                .positiveAtMost("rateToCny", command.rateToCny(), PlannedInvestment.MAX_RATE_TO_CNY)
                .check(!cny || command.rateToCny() == null || command.rateToCny().compareTo(BigDecimal.ONE) == 0,
                       "rateToCny", "cny-is-one", "must be 1 (or empty) for CNY")
                .between("landAreaMu", command.landAreaMu(), 0, 100_000)
                .between("floorSpaceM2", command.floorSpaceM2(), 0, 10_000_000)
                .between("expectedAnnualTaxWan", command.expectedAnnualTaxWan(), 0, 10_000_000)
                .between("expectedJobs", command.expectedJobs(), 0, 1_000_000)
                .maxLength("targetBuilding", command.targetBuilding(), Violations.MAX_NAME_LENGTH)
                .throwIfAny();
        PlannedInvestment investment = null;
        if (command.investmentAmountWan() != null) {
            BigDecimal rate = cny ? BigDecimal.ONE : command.rateToCny();
            investment = new PlannedInvestment(command.investmentAmountWan(), currency, rate,
                                               command.investmentAmountWan().multiply(rate)
                                                      .setScale(2, RoundingMode.HALF_UP));
        }
        apply(new LeadNumbersUpdatedEvent(leadId, investment, command.landAreaMu(), command.floorSpaceM2(),
                                          command.expectedAnnualTaxWan(), command.expectedJobs(),
                                          command.targetZone(), stripped(command.targetBuilding())));
    }

    @CommandHandler
    public void handle(LogActivityCommand command, Clock clock) {
        Violations violations = new Violations()
                .identifier("activityId", command.activityId())
                .check(command.activityId() == null || !activities.containsKey(command.activityId()),
                       "activityId", "unique", "an activity with this id is already recorded");
        checkActivity(violations, command.type(), command.occurredOn(), command.participants(), command.summary(),
                      BureauTime.today(clock));
        apply(new ActivityLoggedEvent(leadId, command.activityId(), command.type(), command.occurredOn(),
                                      cleaned(command.participants()), stripped(command.summary()),
                                      Boolean.TRUE.equals(command.internal())));
    }

    @CommandHandler
    public void handle(CorrectActivityCommand command, Clock clock) {
        Violations violations = new Violations()
                .check(activities.containsKey(command.activityId()), "activityId", "unknown",
                       "no recorded activity has this id");
        checkActivity(violations, command.type(), command.occurredOn(), command.participants(), command.summary(),
                      BureauTime.today(clock));
        apply(new ActivityCorrectedEvent(leadId, command.activityId(), command.type(), command.occurredOn(),
                                         cleaned(command.participants()), stripped(command.summary()),
                                         command.internal()));
    }

    @CommandHandler
    public void handle(RetractActivityCommand command) {
        new Violations()
                .check(activities.containsKey(command.activityId()), "activityId", "unknown",
                       "no recorded activity has this id")
                .required("reason", command.reason())
                .maxLength("reason", command.reason(), Violations.MAX_TEXT_LENGTH)
                .throwIfAny();
        apply(new ActivityRetractedEvent(leadId, command.activityId(), command.reason().strip()));
    }

    private static void checkActivity(Violations violations, ActivityType type, LocalDate occurredOn,
                                      List<String> participants, String summary, LocalDate today) {
        violations.required("type", type)
                  .required("occurredOn", occurredOn)
                  .notAfter("occurredOn", occurredOn, today)
                  .check(participants == null || participants.size() <= MAX_PARTICIPANTS, "participants",
                         "max-size", "at most " + MAX_PARTICIPANTS + " people")
                  .check(participants == null || participants.stream().allMatch(
                                 name -> hasText(name) && name.strip().length() <= MAX_PARTICIPANT_LENGTH),
                         "participants", "names", "each must be a name of at most " + MAX_PARTICIPANT_LENGTH
                                 + " characters")
                  .maxLength("summary", summary, Violations.MAX_TEXT_LENGTH)
                  .throwIfAny();
    }

    private static List<String> cleaned(List<String> participants) {
        return participants == null ? List.of() : participants.stream().map(String::strip).toList();
    }

    @CommandHandler
    public void handle(AddContactCommand command) {
        checkContact(new Violations()
                             .identifier("contactId", command.contactId())
                             .check(!contacts.contains(command.contactId()), "contactId", "unique",
                                    "a contact with this id is already recorded")
                             .check(contacts.size() < MAX_CONTACTS, "contacts", "max-size",
                                    "a lead has at most " + MAX_CONTACTS + " contacts"),
                     command.contact());
        apply(new ContactAddedEvent(leadId, command.contactId(), cleaned(command.contact())));
    }

    @CommandHandler
    public void handle(ChangeContactCommand command) {
        checkContact(knownContact(command.contactId()), command.contact());
        apply(new ContactChangedEvent(leadId, command.contactId(), cleaned(command.contact())));
    }

    @CommandHandler
    public void handle(RemoveContactCommand command) {
        knownContact(command.contactId()).throwIfAny();
        apply(new ContactRemovedEvent(leadId, command.contactId()));
    }

    private Violations knownContact(String contactId) {
        return new Violations().check(contacts.contains(contactId), "contactId", "unknown",
                                      "no recorded contact has this id");
    }

    private static void checkContact(Violations violations, Contact contact) {
        boolean named = contact != null && (hasText(contact.familyName()) || hasText(contact.givenName()));
        violations.check(named, "contactName", "required", "give the family name, the given name or both");
        if (contact != null) {
            violations.maxLength("familyName", contact.familyName(), MAX_PERSON_LENGTH)
                      .maxLength("givenName", contact.givenName(), MAX_PERSON_LENGTH)
                      .maxLength("title", contact.title(), MAX_PERSON_LENGTH)
                      .phone("phone", contact.phone())
                      .email("email", contact.email())
                      .maxLength("messagingHandle", contact.messagingHandle(), MAX_PERSON_LENGTH)
                      .check(!hasText(contact.messagingHandle()) || contact.messagingApp() != null,
                             "messagingApp", "required", "say which app the handle is for");
        }
        violations.throwIfAny();
    }

    private static Contact cleaned(Contact contact) {
        return new Contact(stripped(contact.familyName()), stripped(contact.givenName()), stripped(contact.title()),
                           stripped(contact.phone()), stripped(contact.email()), contact.messagingApp(),
                           stripped(contact.messagingHandle()));
    }

    @CommandHandler
    public void handle(ScheduleFollowUpCommand command, Clock clock,
                       @MetaDataValue(Actor.META_DATA_KEY) String actor) {
        LocalDate today = BureauTime.today(clock);
        new Violations()
                .identifier("followUpId", command.followUpId())
                .check(!openFollowUps.containsKey(command.followUpId()), "followUpId", "unique",
                       "a follow-up with this id is already scheduled")
                .required("nextStep", command.nextStep())
                .maxLength("nextStep", command.nextStep(), MAX_NEXT_STEP_LENGTH)
                .required("dueOn", command.dueOn())
                .notBefore("dueOn", command.dueOn(), today)
                .maxLength("assignee", command.assignee(), MAX_PERSON_LENGTH)
                .throwIfAny();
        String assignee = hasText(command.assignee()) ? command.assignee().strip() : actor;
        apply(new FollowUpScheduledEvent(leadId, command.followUpId(), command.nextStep().strip(), command.dueOn(),
                                         assignee));
    }

    @CommandHandler
    public void handle(CompleteFollowUpCommand command) {
        openFollowUp(command.followUpId())
                .maxLength("outcome", command.outcome(), Violations.MAX_TEXT_LENGTH)
                .throwIfAny();
        apply(new FollowUpCompletedEvent(leadId, command.followUpId(), stripped(command.outcome())));
    }

    @CommandHandler
    public void handle(RescheduleFollowUpCommand command, Clock clock) {
        LocalDate today = BureauTime.today(clock);
        openFollowUp(command.followUpId())
                .required("dueOn", command.dueOn())
                .notBefore("dueOn", command.dueOn(), today)
                .maxLength("reason", command.reason(), Violations.MAX_TEXT_LENGTH)
                .throwIfAny();
        apply(new FollowUpRescheduledEvent(leadId, command.followUpId(), openFollowUps.get(command.followUpId()),
                                           command.dueOn(), stripped(command.reason())));
    }

    private Violations openFollowUp(String followUpId) {
        return new Violations().check(openFollowUps.containsKey(followUpId), "followUpId", "unknown",
                                      "no open follow-up has this id");
    }

    @CommandHandler
    public void handle(PutLeadOnHoldCommand command, Clock clock) {
        LocalDate today = BureauTime.today(clock);
        new Violations()
                .check(status == LeadStatus.OPEN, "status", "not-open", whyNotOpen())
                .required("reason", command.reason())
                .maxLength("reason", command.reason(), Violations.MAX_TEXT_LENGTH)
                .required("revisitOn", command.revisitOn())
                .check(command.revisitOn() == null || command.revisitOn().isAfter(today),
                       "revisitOn", "future", "must be after today (" + today + ")")
                .throwIfAny();
        apply(new LeadPutOnHoldEvent(leadId, stage, command.reason().strip(), command.revisitOn()));
    }

    @CommandHandler
    public void handle(MarkLeadLostCommand command, Clock clock) {
        LocalDate today = BureauTime.today(clock);
        new Violations()
                .check(status != LeadStatus.LOST, "status", "lost", "the lead is already lost")
                .required("reason", command.reason())
                .check(command.reason() != LossReason.OTHER || hasText(command.detail()),
                       "detail", "required", "say what happened when the reason is OTHER")
                .check(command.reason() != LossReason.CHOSE_OTHER_LOCATION || hasText(command.competingLocation()),
                       "competingLocation", "required", "name the location the company chose")
                .maxLength("detail", command.detail(), Violations.MAX_TEXT_LENGTH)
                .maxLength("competingLocation", command.competingLocation(), Violations.MAX_NAME_LENGTH)
                .notAfter("occurredOn", command.occurredOn(), today)
                .throwIfAny();
        apply(new LeadLostEvent(leadId, stage, command.reason(), stripped(command.detail()),
                                stripped(command.competingLocation()),
                                command.occurredOn() == null ? today : command.occurredOn()));
    }

    @CommandHandler
    public void handle(ReopenLeadCommand command) {
        new Violations()
                .check(status != LeadStatus.OPEN, "status", "open", "the lead is open already")
                .maxLength("comment", command.comment(), Violations.MAX_TEXT_LENGTH)
                .throwIfAny();
        apply(new LeadReopenedEvent(leadId, status, stage, stripped(command.comment())));
    }

    private String whyNotOpen() {
        return status == LeadStatus.LOST ? "the lead is lost: reopen it first" : "the lead is on hold: reopen it first";
    }

    @EventSourcingHandler
    void on(LeadReassignedEvent event) {
        owner = event.to();
    }

    @EventSourcingHandler
    void on(LeadCreatedEvent event) {
        leadId = event.leadId();
        owner = event.owner();
        introducedBy = event.introducedBy();
        stage = Stage.LEAD;
        status = LeadStatus.OPEN;
    }

    @EventSourcingHandler
    void on(LeadSourceChangedEvent event) {
        introducedBy = event.introducedBy();
    }

    @EventSourcingHandler
    void on(LeadTeamMemberAddedEvent event) {
        team.add(event.member());
    }

    @EventSourcingHandler
    void on(LeadTeamMemberRemovedEvent event) {
        team.remove(event.member());
    }

    @EventSourcingHandler
    void on(ContactAddedEvent event) {
        contacts.add(event.contactId());
    }

    @EventSourcingHandler
    void on(ContactRemovedEvent event) {
        contacts.remove(event.contactId());
    }

    @EventSourcingHandler
    void on(FollowUpScheduledEvent event) {
        openFollowUps.put(event.followUpId(), event.dueOn());
    }

    @EventSourcingHandler
    void on(FollowUpRescheduledEvent event) {
        openFollowUps.put(event.followUpId(), event.dueOn());
    }

    @EventSourcingHandler
    void on(FollowUpCompletedEvent event) {
        openFollowUps.remove(event.followUpId());
    }

    @EventSourcingHandler
    void on(ActivityLoggedEvent event) {
        activities.put(event.activityId(), event.type());
    }

    @EventSourcingHandler
    void on(ActivityCorrectedEvent event) {
        activities.put(event.activityId(), event.type());
    }

    @EventSourcingHandler
    void on(ActivityRetractedEvent event) {
        activities.remove(event.activityId());
    }

    @EventSourcingHandler
    void on(LeadNumbersUpdatedEvent event) {
        hasPlannedInvestment = event.plannedInvestment() != null;
        hasTargetZone = event.targetZone() != null;
    }

    @EventSourcingHandler
    void on(AgreementSignedEvent event) {
        agreementSignedOn = event.signedOn();
        agreementReference = event.reference();
    }

    @EventSourcingHandler
    void on(CompanyRegisteredEvent event) {
        registeredOn = event.registeredOn();
    }

    @EventSourcingHandler
    void on(LeadPutOnHoldEvent event) {
        status = LeadStatus.ON_HOLD;
    }

    @EventSourcingHandler
    void on(LeadLostEvent event) {
        status = LeadStatus.LOST;
    }

    @EventSourcingHandler
    void on(LeadReopenedEvent event) {
        status = LeadStatus.OPEN;
    }

    @EventSourcingHandler
    void on(LeadMovedToStageEvent event) {
        stage = event.to();
    }


}
