package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.zhaoshang.crm.building.api.command.ReserveUnitCommand;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.lead.api.query.FindLeadDetailQuery;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.ui.LeadView;
import org.zhaoshang.crm.security.ui.AccountView;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.space.api.FindSpaceMatchesQuery;
import org.zhaoshang.crm.space.api.SpaceMatches;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The lead's Space tab against fixed matches: the need it asks with (the lead's own, then as edited), the matches in
 * words with their building's link, and "Reserve" only where the lead is at INTENT or later and the caller may change
 * it; reserving gives the command for all the match's units.
 */
class SpaceTabTest extends KaribuSpringTest {

    @MockitoSpyBean
    private QueryGateway queries;
    @MockitoSpyBean
    private CommandGateway commands;

    private final List<FindSpaceMatchesQuery> asked = new ArrayList<>();
    private final List<ReserveUnitCommand> reserved = new ArrayList<>();

    @BeforeEach
    void answerTheMatchesAndTakeTheReservations() {
        Mockito.doAnswer(call -> {
            FindSpaceMatchesQuery query = call.getArgument(1);
            asked.add(query);
            return CompletableFuture.completedFuture(new SpaceMatches(query.leadId(), query.given(),
                                                                      SpaceScene.matches()));
        }).when(queries).query(Mockito.anyString(), Mockito.any(FindSpaceMatchesQuery.class),
                               Mockito.<ResponseType<Object>>any());
        Mockito.doAnswer(call -> {
            reserved.add(call.getArgument(0));
            return null;
        }).when(commands).sendAndWait(Mockito.any(ReserveUnitCommand.class));
    }

    /** A London bank's lead of staff's, placed by an import at {@code stage}, needing 3,000 m² in the financial city. */
    private String lead(Stage stage) {
        return lead(stage, null);
    }

    /** The same, introduced by the ambassador (or partner) given. */
    private String lead(Stage stage, String introducedBy) {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ImportLeadCommand(
                leadId, new CreateLeadCommand(leadId, Company.named("Thames Bank " + leadId.substring(0, 6), null),
                                              SourceMarket.LONDON, null, introducedBy,
                                              SpaceScene.TODAY.minusMonths(2)),
                new UpdateLeadNumbersCommand(leadId, null, null, null, null, new BigDecimal("3000"), null, null,
                                             TargetZone.FINANCIAL_CITY_CLUSTER, null, null),
                List.of(), List.of(),
                new MoveLeadToStageCommand(leadId, stage, SpaceScene.TODAY.minusDays(3), null, null, null, null,
                                           null),
                false, StagePolicy.AS_RECORDED, null)).andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(
                new FindLeadDetailQuery(leadId), ResponseTypes.instanceOf(LeadDetail.class)).join(),
                                                      detail -> detail != null && detail.stage() == stage);
        return leadId;
    }

    private SpacePanel openTab(String user, String leadId, Locale locale) {
        signIn(user);
        open(AccountView.class, locale);
        UI.getCurrent().navigate("leads/" + leadId, QueryParameters.of("tab", SpacePanel.KEY));
        _get(LeadView.class);
        return _get(SpacePanel.class);
    }

    @Test
    void theMatchesOfTheLeadsNeedAreShownInWordsWithTheirBuildingsLink() {
        String leadId = lead(Stage.INTENT);
        SpacePanel panel = openTab("staff", leadId, Locale.SIMPLIFIED_CHINESE);

        FindSpaceMatchesQuery query = asked.get(asked.size() - 1);
        assertThat(query.leadId()).isEqualTo(leadId);
        assertThat(query.given().areaM2()).isEqualByComparingTo("3000");
        assertThat(query.given().zone()).isEqualTo(TargetZone.FINANCIAL_CITY_CLUSTER);
        String text = panel.cards.getElement().getTextRecursively();
        assertThat(text).contains("泉城金融中心", "匹配度 92", "12层", "1201", "3,050 m²", "4.5 元/m²·天",
                                  "面积 3,050 m²，与需求 3,000 m² 相差不到 10%", "位于意向片区 济南国际金融城产业金融集聚区",
                                  "报价 4.5 元/m²·天，在预算 5 元/m²·天 以内", "801 + 802", "同层相邻 2 间合并",
                                  "暂无报价租金");
        assertThat(_get(panel.cards, Anchor.class, spec -> spec.withText("明府大厦")).getHref())
                .isEqualTo("buildings/b-mingfu");
    }

    @Test
    void anEditedNeedIsAskedForAndABadOneIsSaidAtItsField() {
        String leadId = lead(Stage.NEGOTIATION);
        SpacePanel panel = openTab("staff", leadId, Locale.ENGLISH);
        panel.area.setValue(new BigDecimal("5000"));
        panel.zone.setValue(TargetZone.MINGFU_OLD_CITY);
        panel.budget.setValue(new BigDecimal("4"));
        _click(panel.find);
        FindSpaceMatchesQuery query = asked.get(asked.size() - 1);
        assertThat(query.given().areaM2()).isEqualByComparingTo("5000");
        assertThat(query.given().zone()).isEqualTo(TargetZone.MINGFU_OLD_CITY);
        assertThat(query.given().maxRentYuanPerM2Day()).isEqualByComparingTo("4");
        assertThat(panel.cards.getElement().getTextRecursively())
                .contains("Quancheng Finance Centre", "Fit 92", "Floor 12", "CNY 4.5 per m² a day",
                          "In the zone asked for, Jinan International Financial City");

        int before = asked.size();
        panel.area.setValue(new BigDecimal("-5"));
        _click(panel.find);
        assertThat(panel.area.isInvalid()).isTrue();
        assertThat(asked).as("nothing asked with a need that cannot be").hasSize(before);
    }

    @Test
    void reserveIsOfferedOnlyAtIntentOrLaterToThoseWhoMayChangeTheLead() {
        String atIntent = lead(Stage.INTENT);
        String negotiating = lead(Stage.NEGOTIATION);

        assertThat(openTab("staff", negotiating, Locale.ENGLISH).reserveButtons).as("before INTENT").isEmpty();
        assertThat(openTab("staff-li.na", atIntent, Locale.ENGLISH).reserveButtons)
                .as("staff who may not change the lead").isEmpty();
        assertThat(openTab("manager", atIntent, Locale.ENGLISH).reserveButtons).hasSize(2);

        SpacePanel panel = openTab("staff", atIntent, Locale.ENGLISH);
        assertThat(panel.reserveButtons).hasSize(2);
        int before = asked.size();
        _click(_get(panel.cards, Button.class, spec -> spec.withId("reserve-u-801+u-802")));
        assertThat(reserved).hasSize(1);
        ReserveUnitCommand command = reserved.get(0);
        assertThat(command.buildingId()).isEqualTo("b-mingfu");
        assertThat(command.unitId()).isEqualTo("u-801");
        assertThat(command.withUnits()).containsExactly("u-802");
        assertThat(command.leadId()).isEqualTo(atIntent);
        assertThat(asked.size()).as("the matches asked again").isGreaterThan(before);
    }

    @Test
    void anAmbassadorSeesTheMatchesOfTheirLeadWithoutLinksToBuildingPagesTheyMayNotOpen() {
        String leadId = lead(Stage.NEGOTIATION, "demo-amb-london");
        SpacePanel panel = openTab("ambassador", leadId, Locale.ENGLISH);

        assertThat(panel.cards.getElement().getTextRecursively()).contains("Quancheng Finance Centre", "Fit 92");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(panel.cards, Anchor.class)).isEmpty();
        assertThat(panel.reserveButtons).as("before INTENT").isEmpty();
    }
}
