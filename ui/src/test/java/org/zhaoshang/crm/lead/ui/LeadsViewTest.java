package org.zhaoshang.crm.lead.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.mongodb.client.MongoDatabase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.storage.StoreAvailability;
import org.zhaoshang.crm.ui.StoreDown;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.projection.ProjectionRebuilds;
import org.zhaoshang.crm.projection.ProjectionStatus;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LeadsViewTest extends KaribuSpringTest {

    @Autowired
    private ProjectionRebuilds processors;

    @Autowired
    private CommandGateway commands;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private StoreAvailability store;

    /** Issue 17 (speed): the list is drawn without the new-lead form, which joins the page when asked for. */
    @Test
    void theNewLeadFormJoinsThePageWhenAskedFor() {
        LeadsView view = open(Locale.ENGLISH);
        assertThat(view.form.getParent()).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("New lead")));
        assertThat(view.form.getParent()).isPresent();
        assertThat(view.form.isVisible()).isTrue();
    }

    @Test
    void aNewLeadWhileTheStoreIsAwaySaysSoInABannerAndKeepsTheForm() {
        LeadsView view = open(Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withText("New lead")));
        _setValue(view.form.companyNameEn, "Barclays " + UUID.randomUUID());
        _setValue(view.form.market, SourceMarket.LONDON);

        StoreDown.during(store, () -> _click(view.form.save));

        assertThat(LocatorJ._find(Span.class, spec -> spec.withText(
                "The data store cannot be reached: this change was not saved. Try again once it is back (usually "
                + "seconds to minutes); until then you can still read what is shown."))).hasSize(1);
        assertThat(view.form.isVisible()).isTrue();
    }

    /** Issue 17 item 8: a scorecard's link filtered by an ambassador nobody could see or clear. */
    @Test
    void everyActiveFilterShowsInWordsAndCanBeRemoved() {
        signIn("manager");
        open(org.zhaoshang.crm.conversion.ui.DashboardView.class, Locale.ENGLISH);
        UI.getCurrent().navigate("leads", QueryParameters.simple(java.util.Map.of("ambassador", "demo-amb-london",
                                                                                  "market", "LONDON")));
        LeadsView view = _get(LeadsView.class);

        assertThat(chips(view)).containsExactly("Markets: London ✕", "Introduced by: Fleet Street Advisory LLP ✕",
                                                "Clear all filters");
        _click(_get(view.chips, Button.class, spec -> spec.withText("Introduced by: Fleet Street Advisory LLP ✕")));
        assertThat(chips(view)).containsExactly("Markets: London ✕", "Clear all filters");
        assertThat(view.markets.getValue()).containsExactly(SourceMarket.LONDON);

        _setValue(view.search, "Barclays");
        _click(_get(view.chips, Button.class, spec -> spec.withText("Clear all filters")));
        assertThat(chips(view)).isEmpty();
        assertThat(view.markets.getValue()).isEmpty();
        assertThat(view.search.getValue()).isEmpty();
        assertThat(view.chips.isVisible()).isFalse();
    }

    private static java.util.List<String> chips(LeadsView view) {
        return LocatorJ._find(view.chips, Button.class).stream().map(Button::getText).toList();
    }

    @Test
    void listsLeadsWithTranslatedMarketAndStageInEnglish() {
        String name = "Nomura " + UUID.randomUUID();
        commands.sendAndWait(new CreateLeadCommand(UUID.randomUUID().toString(), Company.named(name, null), SourceMarket.JAPAN, null, null, null));
        LeadsView view = open(Locale.ENGLISH);

        int row = awaitRow(view, name);

        assertThat(GridKt._getFormatted(view.grid, row, "market")).isEqualTo("Japan");
        assertThat(GridKt._getFormatted(view.grid, row, "stage")).isEqualTo("Lead");
        assertThat(view.grid.getColumnByKey("company").getHeaderText()).isEqualTo("Company");
    }

    @Test
    void speaksChineseToAChineseBrowser() {
        String name = "野村证券" + UUID.randomUUID();
        commands.sendAndWait(new CreateLeadCommand(UUID.randomUUID().toString(), Company.named(null, name), SourceMarket.HONG_KONG, null, null, null));
        LeadsView view = open(Locale.SIMPLIFIED_CHINESE);

        int row = awaitRow(view, name);

        assertThat(view.grid.getColumnByKey("company").getHeaderText()).isEqualTo("公司");
        assertThat(GridKt._getFormatted(view.grid, row, "market")).isEqualTo("香港");
        assertThat(GridKt._getFormatted(view.grid, row, "stage")).isEqualTo("线索");
        assertThat(view.count.getText()).startsWith("共 ").endsWith(" 条");
    }

    @Test
    void emptyFormShowsInlineErrorsAndStoresNothing() {
        LeadsView view = open(Locale.ENGLISH);
        long eventsBefore = storedEvents();

        _click(_get(Button.class, spec -> spec.withText("New lead")));
        _setValue(view.form.companyNameEn, "   ");
        _click(view.form.save);

        assertThat(view.form.companyNameEn.isInvalid()).isTrue();
        assertThat(view.form.companyNameEn.getErrorMessage())
                .isEqualTo("Give the company name in English or Chinese (at least one)");
        assertThat(view.form.market.isInvalid()).isTrue();
        assertThat(view.form.market.getErrorMessage()).isEqualTo("Required");
        NotificationsKt.expectNotifications("Not saved: check the marked fields");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aNewLeadTakesItsChannelAmbassadorAndDayButNoDayAfterToday() {
        LeadsView view = open(Locale.ENGLISH);
        String name = "Schroders " + UUID.randomUUID();
        LocalDate today = LocalDate.now(BureauTime.ZONE);

        _click(_get(Button.class, spec -> spec.withText("New lead")));
        _setValue(view.form.companyNameEn, name);
        _setValue(view.form.market, SourceMarket.LONDON);
        _setValue(view.form.channel, Channel.AMBASSADOR);
        view.form.introducedBy.selectAmbassador("demo-amb-london");
        view.form.identifiedOn.setMax(null);
        _setValue(view.form.identifiedOn, today.plusDays(1));
        _click(view.form.save);
        assertThat(view.form.identifiedOn.getErrorMessage()).isEqualTo("Must not be after today");

        _setValue(view.form.identifiedOn, today.minusDays(30));
        _click(view.form.save);

        LeadDetail saved = _get(LeadView.class).detail();
        assertThat(saved.company().nameEn()).isEqualTo(name);
        assertThat(saved.channel()).isEqualTo(Channel.AMBASSADOR);
        assertThat(saved.introducedBy()).isEqualTo("demo-amb-london");
        assertThat(saved.identifiedOn()).isEqualTo(today.minusDays(30));
    }

    @Test
    void aCreatedLeadOpensWithAToastAndItsListShowsIt() {
        LeadsView view = open(Locale.ENGLISH);
        String name = "Lloyds " + UUID.randomUUID();

        _click(_get(Button.class, spec -> spec.withText("New lead")));
        _setValue(view.form.companyNameEn, name);
        _setValue(view.form.market, SourceMarket.LONDON);
        _click(view.form.save);

        NotificationsKt.expectNotifications("Saved: " + name);
        assertThat(_get(LeadView.class).detail().company().nameEn()).isEqualTo(name);

        LeadsView list = open(LeadsView.class, Locale.ENGLISH);
        assertThat(list.form.companyNameEn.getValue()).isEmpty();
        await().pollInSameThread().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.runUIQueue(false);
            list.grid.getDataProvider().refreshAll();
            assertThat(rowOf(list, name)).isNotNegative();
        });
    }

    private LeadsView open(Locale locale) {
        signIn("staff");
        return open(LeadsView.class, locale);
    }

    private int awaitRow(LeadsView view, String name) {
        await().pollInSameThread().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            view.grid.getDataProvider().refreshAll();
            assertThat(rowOf(view, name)).isNotNegative();
        });
        return rowOf(view, name);
    }

    private static int rowOf(LeadsView view, String name) {
        return IntStream.range(0, GridKt._size(view.grid))
                        .filter(row -> LeadsView.companyName(GridKt._get(view.grid, row)).contains(name))
                        .findFirst().orElse(-1);
    }

    /** Counted once every processor has caught up: the signed projects' reactions write events of their own. */
    private long storedEvents() {
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(
                () -> processors.statuses().projections().stream().allMatch(ProjectionStatus::caughtUp));
        return database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments();
    }


    @Test
    void typingTheNameOfACompanyAlreadyCourtedWarnsOfTheOtherLead() {
        String name = "Duplicate Holdings " + UUID.randomUUID().toString().substring(0, 6);
        commands.sendAndWait(new CreateLeadCommand(UUID.randomUUID().toString(), Company.named(name, null),
                                                   SourceMarket.LONDON, null, null, null));
        LeadsView view = open(Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withText("New lead")));

        await().pollInSameThread().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            _setValue(view.form.companyNameEn, "");
            _setValue(view.form.companyNameEn, name.toUpperCase() + " Ltd.");
            assertThat(view.form.duplicates.isVisible()).isTrue();
        });

        assertThat(view.form.duplicates.getText()).isEqualTo("Other leads of a company of this name (1): " + name);
        _setValue(view.form.companyNameEn, "Nothing Alike " + UUID.randomUUID());
        assertThat(view.form.duplicates.isVisible()).isFalse();
    }
}
