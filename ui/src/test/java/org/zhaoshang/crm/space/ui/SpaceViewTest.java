package org.zhaoshang.crm.space.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.zhaoshang.crm.security.ui.AccessDeniedView;
import org.zhaoshang.crm.security.ui.AccountView;
import org.zhaoshang.crm.space.api.FindSpaceSummaryQuery;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.space.ui.SpaceScene.TODAY;
import static org.zhaoshang.crm.space.ui.SpaceScene.YEAR;

/** The space dashboard against a fixed summary: its figures as a bureau writes them, their links, who opens it. */
class SpaceViewTest extends KaribuSpringTest {

    @MockitoSpyBean
    private QueryGateway queries;
    @MockitoSpyBean
    private CommandGateway commands;

    private final List<FindSpaceSummaryQuery> asked = new ArrayList<>();

    @BeforeEach
    void answerTheSummary() {
        Mockito.doAnswer(call -> {
            FindSpaceSummaryQuery query = call.getArgument(1);
            asked.add(query);
            return CompletableFuture.completedFuture(SpaceScene.summary(query.asOf()));
        }).when(queries).query(Mockito.anyString(), Mockito.any(FindSpaceSummaryQuery.class),
                               Mockito.<ResponseType<Object>>any());
    }

    private static Anchor link(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }

    @Test
    void tierCountsStandAgainstThePlansTargetsAndOpenTheirBuildings() {
        signIn("manager");
        SpaceView view = open(SpaceView.class, Locale.SIMPLIFIED_CHINESE);

        assertThat(link("tier-YI-" + YEAR).getText()).isEqualTo("31 / 38");
        assertThat(link("tier-YI-" + YEAR).getHref()).isEqualTo("buildings?tier=YI&year=" + YEAR);
        assertThat(link("tier-MONTHLY_YI-" + (YEAR - 1)).getText()).isEqualTo("3 / 3");
        assertThat(link("tier-MONTHLY_YI-" + (YEAR - 1)).getClassNames()).doesNotContain("tier-short");
        assertThat(link("tier-YI-" + (YEAR - 1)).getClassNames()).contains("tier-short");
        assertThat(link("tier-NEAR_YI-" + (YEAR - 2)).getText()).as("no target: the count alone").isEqualTo("38");
        assertThat(link("tier-TEN_MILLION-" + (YEAR - 2)).getHref())
                .isEqualTo("buildings?tier=TEN_MILLION&year=" + (YEAR - 2));
        String tiers = view.tiers.cards.getElement().getTextRecursively();
        assertThat(tiers).contains(YEAR + "年（截至目前）", "亿元楼", "月亿楼", "准亿元楼", "千万楼");
        assertThat(tiers.indexOf(String.valueOf(YEAR))).as("the running year first")
                                                        .isLessThan(tiers.indexOf(String.valueOf(YEAR - 1)));
    }

    @Test
    void theWatchListSaysTaxPaceAndGapInWanAndYiAndOpensTheBuilding() {
        signIn("manager");
        SpaceView view = open(SpaceView.class, Locale.SIMPLIFIED_CHINESE);

        assertThat(link("watch-b-lujia").getText()).isEqualTo("泉城金融中心");
        assertThat(link("watch-b-lujia").getHref()).isEqualTo("buildings/b-lujia");
        assertThat(view.watch.cards.getElement().getTextRecursively())
                .contains("准亿元楼 → 亿元楼", "8,200 万元", "1.09 亿元", "1,800 万元", "济南国际金融城产业金融集聚区");

        open(SpaceView.class, Locale.ENGLISH);
        SpaceView english = _get(SpaceView.class);
        assertThat(link("watch-b-lujia").getText()).isEqualTo("Quancheng Finance Centre");
        assertThat(english.watch.cards.getElement().getTextRecursively()).contains("CNY 82 million",
                                                                                 "CNY 18 million");
    }

    @Test
    void vacancyByZoneIsATableAndABarChartWhoseZonesOpenTheirBuildings() {
        signIn("manager");
        SpaceView view = open(SpaceView.class, Locale.ENGLISH);

        Anchor zone = _get(view.zones.table, Anchor.class, spec -> spec.withText("Mingfu Old City"));
        assertThat(zone.getHref()).isEqualTo("buildings?zone=MINGFU_OLD_CITY");
        String table = view.zones.table.getElement().getTextRecursively();
        assertThat(table).contains("400,000 m²", "60,000 m²", "16%", "District", "500,000 m²", "16.8%");
        assertThat(view.zones.chart.getOption().toString()).contains("Mingfu Old City", "20", "16");

        view.zones.chart.clicked("Mingfu Old City", "Vacancy");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("buildings?zone=MINGFU_OLD_CITY");
    }

    @Test
    void theTrendAndTakeUpAgainstTheGoalAreShown() {
        signIn("manager");
        SpaceView view = open(SpaceView.class, Locale.SIMPLIFIED_CHINESE);

        assertThat(view.takeUp.figure.getText()).isEqualTo("已去化 125,000 m²，目标 1,000,000 m²（12.5%）");
        assertThat(view.takeUp.progress.getValue()).isEqualTo(0.125);
        assertThat(view.takeUp.chart.getOption().toString()).contains(YEAR + "-02", "75000");
        assertThat(view.trend.chart.getOption().toString()).contains("16.8", "line");
    }

    @Test
    void theAsOfDayIsAskedForAndKeptInTheAddress() {
        signIn("manager");
        open(AccountView.class, Locale.ENGLISH);
        UI.getCurrent().navigate("space", QueryParameters.of("asOf", TODAY.minusMonths(3).toString()));
        SpaceView view = _get(SpaceView.class);
        assertThat(asked.get(asked.size() - 1).asOf()).isEqualTo(TODAY.minusMonths(3));
        assertThat(view.asOf.getValue()).isEqualTo(TODAY.minusMonths(3));

        view.asOf.setValue(TODAY.minusMonths(1));
        assertThat(asked.get(asked.size() - 1).asOf()).isEqualTo(TODAY.minusMonths(1));

        UI.getCurrent().navigate("space", QueryParameters.of("asOf", "not-a-day"));
        assertThat(asked.get(asked.size() - 1).asOf()).as("unreadable: today").isEqualTo(TODAY);
    }

    @Test
    void staffManagersAndLeadersFindItInTheMenuAmbassadorsAndAdministratorsDoNot() {
        for (String user : List.of("staff", "manager", "leader")) {
            signIn(user);
            open(AccountView.class, Locale.ENGLISH);
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).as(user).contains("Space");
            UI.getCurrent().navigate(SpaceView.class);
            assertThat(_find(SpaceView.class)).as(user).hasSize(1);
        }
        for (String user : List.of("ambassador", "admin")) {
            signIn(user);
            open(AccountView.class, Locale.ENGLISH);
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).as(user)
                                                                                   .doesNotContain("Space");
            asked.clear();
            UI.getCurrent().navigate(SpaceView.class);
            assertThat(_find(SpaceView.class)).as(user).isEmpty();
            assertThat(LocatorJ._find(AccessDeniedView.class)).as(user).hasSize(1);
            assertThat(asked).as(user).isEmpty();
        }
    }
}
