package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.command.AddLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.command.ChangeContactCommand;
import org.zhaoshang.crm.lead.api.command.ChangeLeadSourceCommand;
import org.zhaoshang.crm.lead.api.command.CompleteFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.CorrectActivityCommand;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.command.MoveImportedLeadCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.command.ReassignLeadCommand;
import org.zhaoshang.crm.lead.api.command.RecordLeadImportCommand;
import org.zhaoshang.crm.lead.api.command.RemoveContactCommand;
import org.zhaoshang.crm.lead.api.command.RemoveLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.command.ReopenLeadCommand;
import org.zhaoshang.crm.lead.api.command.RescheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.RetractActivityCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadAssessmentCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadCompanyCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.lead.api.query.LeadHistoryEntry;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.value.FieldChange;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.MessagingApp;
import org.zhaoshang.crm.lead.api.value.Priority;
import org.zhaoshang.crm.lead.api.value.SheetCell;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.messaging.ActorMetaDataConfiguration;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 item 2: the timeline of a lead with every kind of change, as staff and ambassadors read it in Chinese and
 * English: every field under its form's label, every value in the user's words, nothing empty, nothing internal.
 */
class TimelineInWordsTest extends KaribuSpringTest {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z0-9]*\\b");
    private static final Pattern YES_NO_CODE = Pattern.compile("\\b(true|false)\\b");
    private static final Pattern NOTHING_AFTER_LABEL = Pattern.compile("(：|: )\\s*(—)?\\s*$");
    private static final List<Class<? extends Enum<?>>> CODES = List.of(
            Stage.class, LeadStatus.class, SourceMarket.class, Channel.class, Industry.class, TargetZone.class,
            Priority.class, ActivityType.class, MessagingApp.class, LossReason.class);

    @Autowired
    private CommandGateway commands;

    @Test
    void everyFieldTheTimelineNamesHasItsFormsLabelInBothLanguages() {
        LeadView view = open("manager", leadWithEveryKindOfChange(), Locale.ENGLISH);
        List<LeadHistoryEntry> entries = entries(view);

        assertThat(entries.stream().map(LeadHistoryEntry::type).collect(Collectors.toSet()))
                .as("the lead has every kind of event, so every field the timeline names is seen")
                .containsAll(Arrays.stream(LeadEvent.class.getPermittedSubclasses())
                                   .map(event -> event.getSimpleName().replaceFirst("Event$", "")).toList());
        Set<String> fields = entries.stream().flatMap(entry -> entry.changes().stream()).map(FieldChange::field)
                                    .map(TimelineWording::field).collect(Collectors.toCollection(TreeSet::new));
        assertThat(fields).hasSizeGreaterThan(40);
        Properties chinese = bundle("vaadin-i18n/translations.properties");
        Properties english = bundle("vaadin-i18n/translations_en.properties");
        for (String field : fields) {
            if (field.startsWith("dataToComplete.")) { // worded as the gate's stage: 待补资料 · 实地考察
                String stage = "stage." + field.substring("dataToComplete.".length());
                assertThat(chinese).containsKeys("lead.dataToComplete.title", stage);
                assertThat(english).containsKeys("lead.dataToComplete.title", stage);
                continue;
            }
            assertThat(TimelineWording.LABELS).as("a label for " + field).containsKey(field);
            assertThat(chinese).as("Chinese for " + field).containsKey(TimelineWording.LABELS.get(field));
            assertThat(english).as("English for " + field).containsKey(TimelineWording.LABELS.get(field));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void theTimelineOfALeadWithEveryKindOfChangeSpeaksTheUsersLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String leadId = leadWithEveryKindOfChange();
        LeadView view = open("manager", leadId, locale);
        List<LeadHistoryEntry> entries = entries(view);
        Set<String> fieldNames = fieldNames(entries);

        List<String> all = new ArrayList<>();
        for (LeadHistoryEntry entry : entries) {
            List<String> lines = rendered(view, entry);
            assertThat(lines).as("what %s changed", entry.type()).isNotEmpty().noneMatch(String::isBlank);
            all.addAll(lines);
        }
        for (String line : all) {
            assertThat(line).as("no raw field name").doesNotContainPattern(CAMEL_CASE);
            String label = line.split("：|: ", 2)[0];
            assertThat(fieldNames).as("no raw field name as the label of " + line).doesNotContain(label);
            assertThat(line).doesNotContain("[", "]", "demo-amb-london")
                            .doesNotContainPattern(YES_NO_CODE)
                            .doesNotContainPattern(NOTHING_AFTER_LABEL);
            for (String code : codesWithNames(locale)) {
                assertThat(line).as("no code").doesNotContainPattern("\\b" + code + "\\b");
            }
            if (locale.getLanguage().equals("en")) {
                assertThat(line).as("days as the English UI writes them").doesNotContainPattern(ISO_DAY);
            }
        }
        String text = String.join("\n", all);
        if (locale.getLanguage().equals("zh")) {
            assertThat(text).contains("参与人：Emma Hughes、Zhang Wei", "通讯软件：微信 → LINE", "跟进事项：已完成",
                                      "计划投资：2,130 万元（USD 300 万）", "拟落地片区：明府城片区",
                                      "协议签署日期：" + LocalDate.now(BureauTime.ZONE), "预计年税收（万元）：150 万元",
                                      "引荐的招商大使/合伙人：Fleet Street Advisory LLP",
                                      "流失原因：选择其他地区", "可见范围：仅局内人员（招商大使不可见）",
                                      "导入自《desk.csv》第7行", "备注：Bureau remark on land",
                                      "台账中的其他列：对接领导");
        } else {
            assertThat(text).contains("Participants: Emma Hughes, Zhang Wei", "Messaging app: WeChat → LINE",
                                      "Follow-up: Done", "Planned investment: CNY 21.3 million (USD 3 million)",
                                      "Record: Retracted", "Fortune 500: Yes", "Imported from desk.csv, row 7",
                                      "备注: Bureau remark on land");
        }
    }

    /** Whether a note is the bureau's alone is the bureau's business: an ambassador's timeline never mentions it. */
    @Test
    void anAmbassadorsTimelineSaysNothingOfInternalNotes() {
        String leadId = leadWithEveryKindOfChange();
        LeadView view = open("ambassador", leadId, Locale.ENGLISH);

        List<LeadHistoryEntry> entries = entries(view);
        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.changes()).noneMatch(change -> change.field().endsWith(".internal"));
            assertThat(entry.data()).doesNotContainKey("internal");
        });
        assertThat(entries.stream().flatMap(entry -> rendered(view, entry).stream()))
                .noneMatch(line -> line.contains("Visible to") || line.contains("Internal")
                                   || line.contains("a note for the bureau") || line.contains("Bureau remark")
                                   || line.contains("Imported from"));
        assertThat(entries).noneMatch(entry -> entry.type().equals("LeadImportRecorded"));
    }

    private LeadView open(String user, String leadId, Locale locale) {
        signIn(user);
        open(LeadsView.class, locale);
        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", leadId));
        return _get(LeadView.class);
    }

    private static List<LeadHistoryEntry> entries(LeadView view) {
        return view.timeline.grid.getGenericDataView().getItems().toList();
    }

    /** The entry's changes as the timeline's last column shows them: a line each. */
    @SuppressWarnings("unchecked")
    private static List<String> rendered(LeadView view, LeadHistoryEntry entry) {
        var columns = view.timeline.grid.getColumns();
        var renderer = (ComponentRenderer<? extends Component, LeadHistoryEntry>) columns.get(columns.size() - 1)
                                                                                        .getRenderer();
        return renderer.createComponent(entry).getChildren().map(line -> line.getElement().getTextRecursively())
                       .toList();
    }

    /** Every field name and part of one the lead's timeline gave, as recorded. */
    private static Set<String> fieldNames(List<LeadHistoryEntry> entries) {
        Set<String> names = new TreeSet<>();
        entries.stream().flatMap(entry -> entry.changes().stream()).map(FieldChange::field).forEach(field -> {
            names.add(field);
            names.add(TimelineWording.field(field));
            names.addAll(List.of(field.split("\\.")));
        });
        return names;
    }

    /** The codes whose name in this language is not the code itself (LINE is LINE in every language). */
    private static List<String> codesWithNames(Locale locale) {
        Properties texts = bundle(locale.getLanguage().equals("zh") ? "vaadin-i18n/translations.properties"
                                                                    : "vaadin-i18n/translations_en.properties");
        return CODES.stream().flatMap(type -> Stream.of(type.getEnumConstants()))
                    .map(Enum::name).filter(code -> !texts.containsValue(code)).distinct().toList();
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TimelineInWordsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * A lead introduced by the demo ambassador that went through every kind of event, each with every field it has:
     * source, company, assessment, figures (twice the same), contacts, activities (one internal), follow-ups, team,
     * owner, a hold, a loss and two reopenings, then LANDED with its agreement and registration.
     */
    private String leadWithEveryKindOfChange() {
        String leadId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                leadId, new Company("Thames Capital " + leadId.substring(0, 6), "泰晤士资本", "United Kingdom", "London",
                                    Industry.INDUSTRIAL_FINANCE, false, false, "https://thames.example"),
                SourceMarket.LONDON, Channel.AMBASSADOR, "demo-amb-london", today.minusDays(40)))
                .andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));
        // a sheet placed the lead at its site visit without a logged visit; the visit below completes the gate
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new MoveImportedLeadCommand(
                leadId, new MoveLeadToStageCommand(leadId, Stage.SITE_VISIT, today.minusDays(35), null, null, null,
                                                   null, null), StagePolicy.AS_RECORDED, false))
                .andMetaData(Map.of(ActorMetaDataConfiguration.IMPORT_FILE_KEY, "desk.csv",
                                    ActorMetaDataConfiguration.IMPORT_ROW_KEY, 7)));
        commands.sendAndWait(new ChangeLeadSourceCommand(leadId, SourceMarket.HONG_KONG, Channel.ROADSHOW_EVENT,
                                                         "demo-amb-london", null));
        commands.sendAndWait(new UpdateLeadCompanyCommand(leadId, new Company(
                "Thames Capital plc " + leadId.substring(0, 6), "泰晤士资本集团", "United Kingdom", "Edinburgh",
                Industry.HEADQUARTERS, true, true, "https://thames-capital.example"), null));
        commands.sendAndWait(new UpdateLeadAssessmentCommand(leadId, Priority.HIGH, 60, "王副区长", null));
        UpdateLeadNumbersCommand numbers = new UpdateLeadNumbersCommand(
                leadId, new BigDecimal("300"), "USD", new BigDecimal("7.1"), new BigDecimal("12.5"),
                new BigDecimal("2000"), new BigDecimal("150"), 80, TargetZone.MINGFU_OLD_CITY, "明府城 3 号楼", null);
        commands.sendAndWait(numbers);
        commands.sendAndWait(numbers);
        commands.sendAndWait(new AddContactCommand(leadId, "c-1", new Contact(
                "张", "伟", "首席财务官", "+44 20 7946 0000", "zhang.wei@thames.example", MessagingApp.WECHAT,
                "zhangwei-tc"), null));
        commands.sendAndWait(new ChangeContactCommand(leadId, "c-1", new Contact(
                "张", "伟", "首席执行官", "+44 20 7946 0001", "zhang.wei@thames.example", MessagingApp.LINE,
                "zhangwei"), null));
        commands.sendAndWait(new RemoveContactCommand(leadId, "c-1", null));
        commands.sendAndWait(new LogActivityCommand(leadId, "a-visit", ActivityType.VISIT_BY_THEM,
                                                    today.minusDays(20), List.of("Emma Hughes", "Zhang Wei"),
                                                    "Visited the financial city", null, null));
        commands.sendAndWait(new LogActivityCommand(leadId, "a-note", ActivityType.CALL, today.minusDays(10),
                                                    List.of(), "Bureau note on incentives", true, null));
        commands.sendAndWait(new LogActivityCommand(leadId, "a-call", ActivityType.CALL, today.minusDays(9),
                                                    List.of("Emma Hughes"), "Called the CFO", null, null));
        commands.sendAndWait(new CorrectActivityCommand(leadId, "a-call", ActivityType.MEETING, today.minusDays(8),
                                                        List.of("Emma Hughes", "王伟"), "Met the CFO", null,
                                                        null));
        commands.sendAndWait(new LogActivityCommand(leadId, "a-wrong", ActivityType.EMAIL, today.minusDays(7),
                                                    List.of(), "Logged on the wrong lead", null, null));
        commands.sendAndWait(new RetractActivityCommand(leadId, "a-wrong", "Belongs to another lead", null));
        commands.sendAndWait(new ScheduleFollowUpCommand(leadId, "f-1", "Send the district brochure",
                                                         today.plusDays(3), "staff", null));
        commands.sendAndWait(new RescheduleFollowUpCommand(leadId, "f-1", today.plusDays(10), "They travel", null));
        commands.sendAndWait(new CompleteFollowUpCommand(leadId, "f-1", "Brochure sent", null));
        commands.sendAndWait(new AddLeadTeamMemberCommand(leadId, "staff-li.na", null));
        commands.sendAndWait(new AddLeadTeamMemberCommand(leadId, "staff-wang.fang", null));
        commands.sendAndWait(new RemoveLeadTeamMemberCommand(leadId, "staff-wang.fang", null));
        commands.sendAndWait(new ReassignLeadCommand(leadId, "staff-li.na", null));
        commands.sendAndWait(new MoveLeadToStageCommand(leadId, Stage.CONTACTED, today.minusDays(30), "First call",
                                                        null, null, null, null));
        commands.sendAndWait(new PutLeadOnHoldCommand(leadId, "Waiting for the board", today.plusDays(30), null));
        commands.sendAndWait(new ReopenLeadCommand(leadId, "The board agreed", null));
        commands.sendAndWait(new MarkLeadLostCommand(leadId, LossReason.CHOSE_OTHER_LOCATION, "Cheaper land",
                                                     "苏州工业园区", today, null));
        commands.sendAndWait(new ReopenLeadCommand(leadId, "They came back", null));
        commands.sendAndWait(new MoveLeadToStageCommand(leadId, Stage.LANDED, today, "Signed and registered",
                                                        today, "历下招商协议〔2026〕7号", today, null));
        commands.sendAndWait(new RecordLeadImportCommand(leadId, "desk.csv", 7,
                                                         List.of(new SheetCell("备注", "Bureau remark on land")),
                                                         List.of(new SheetCell("对接领导", "张副区长"))));
        return leadId;
    }
}
