package org.zhaoshang.crm.building.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.building.api.command.ChangeUnitCommand;
import org.zhaoshang.crm.building.api.query.UnitView;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.building.ui.BuildingsViewTest.confirm;

class BuildingViewTest extends KaribuSpringTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

    private BuildingView open(String buildingId, Locale locale) {
        open(BuildingsView.class, locale);
        UI.getCurrent().navigate(BuildingView.class, new RouteParameters("buildingId", buildingId));
        return _get(BuildingView.class);
    }

    private static List<String> blockClasses(BuildingView view, String number) {
        return _find(view.plan, Div.class).stream()
                .filter(div -> div.hasClassName("unit-block") && div.getElement().getTextRecursively()
                                                                   .startsWith(number))
                .flatMap(div -> div.getClassNames().stream()).toList();
    }

    @Test
    void theStackingPlanShowsFloorsFromTheTopDownWithUnitsByPlaceAndTheProfileInTheUsersLanguage() {
        signIn("manager");
        BuildingScene scene = new BuildingScene(commands, queries);
        String buildingId = scene.building("泉城金融港", "Quancheng Finance Harbour",
                                           TargetZone.FINANCIAL_CITY_CLUSTER, "staff");
        scene.tax(buildingId, "12000");

        BuildingView view = open(buildingId, Locale.ENGLISH);

        assertThat(view.title.getText()).isEqualTo("Quancheng Finance Harbour " + scene.suffix);
        assertThat(view.profileCard.getElement().getTextRecursively())
                .contains("泉城金融港" + scene.suffix, "张伟", "20,000 m²", "16,000 m²", "Industrial finance");
        List<String> floors = _find(view.plan, Div.class).stream().filter(div -> div.hasClassName("floor-row"))
                                                         .map(div -> div.getElement().getAttribute("data-floor"))
                                                         .toList();
        assertThat(floors.indexOf("2")).isLessThan(floors.indexOf("1"));
        assertThat(blockClasses(view, "201")).contains("unit-vacant");
        assertThat(view.tax.grid.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(year -> assertThat(year.year()).isEqualTo(BuildingScene.YEAR));
        assertThat(view.badges.getElement().getTextRecursively()).contains("¥100m building");

        BuildingView chinese = open(buildingId, Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.title.getText()).isEqualTo("泉城金融港" + scene.suffix);
        assertThat(chinese.plan.getElement().getTextRecursively()).contains("空置", "预留", "已租", "2F", "201");
    }

    @Test
    void aManagerReservesALetsAndVacatesAUnitAndItsHistorySaysSoInWords() {
        signIn("manager");
        BuildingScene scene = new BuildingScene(commands, queries);
        String buildingId = scene.building("汇金大厦", "Huijin Tower", TargetZone.FINANCIAL_CITY_CLUSTER, null);
        LeadSummary lead = scene.leadAtIntent();
        BuildingView view = open(buildingId, Locale.ENGLISH);

        view.openUnit(view.unit("101"));
        UnitDialog unit = view.unitDialog;
        assertThat(unit.reserve.isVisible()).isTrue();
        assertThat(unit.edit.isVisible()).isTrue();
        assertThat(unit.vacate.isVisible()).isFalse();
        unit.openReserve();
        CommandDialog reserve = _find(CommandDialog.class).stream()
                .filter(dialog -> dialog.hasClassName("reserve-unit-dialog")).findFirst().orElseThrow();
        _get(reserve, LeadPicker.class).setValue(lead);
        confirm(reserve);

        assertThat(view.unit("101").status()).isEqualTo(UnitStatus.RESERVED);
        assertThat(view.unit("101").reservedFor()).isEqualTo(lead.leadId());
        assertThat(blockClasses(view, "101")).contains("unit-reserved");

        view.openUnit(view.unit("101"));
        unit = view.unitDialog;
        assertThat(unit.history.getElement().getTextRecursively()).contains("Reserved for", "王建国");
        assertThat(unit.let.isVisible()).isTrue();
        assertThat(unit.release.isVisible()).isTrue();
        unit.openLet();
        CommandDialog let = _find(CommandDialog.class).stream()
                .filter(dialog -> dialog.hasClassName("let-unit-dialog")).findFirst().orElseThrow();
        confirm(let);

        assertThat(view.unit("101").status()).isEqualTo(UnitStatus.LET);
        assertThat(view.unit("101").tenant().leadId()).isEqualTo(lead.leadId());

        view.openUnit(view.unit("101"));
        unit = view.unitDialog;
        assertThat(unit.vacate.isVisible()).isTrue();
        assertThat(unit.let.isVisible()).as("a unit let is not let again").isFalse();
        unit.openVacate();
        confirm(_find(CommandDialog.class).stream().filter(dialog -> dialog.hasClassName("vacate-unit-dialog"))
                                          .findFirst().orElseThrow());

        assertThat(view.unit("101").status()).isEqualTo(UnitStatus.VACANT);
        view.openUnit(view.unit("101"));
        assertThat(view.unitDialog.history.getElement().getTextRecursively()).contains("moved out on", "Let to");
    }

    @Test
    void aLeaderSeesTheBuildingButNoActionAndRecordsNoTax() {
        signIn("manager");
        BuildingScene scene = new BuildingScene(commands, queries);
        String buildingId = scene.building("领导看楼", "Leader's Look", TargetZone.MINGFU_OLD_CITY, "staff");
        signIn("leader");

        BuildingView view = open(buildingId, Locale.ENGLISH);

        assertThat(view.editProfile.isVisible()).isFalse();
        assertThat(view.addUnit.isVisible()).isFalse();
        assertThat(view.tax.record.isVisible()).isFalse();
        view.openUnit(view.unit("102"));
        UnitDialog unit = view.unitDialog;
        assertThat(List.of(unit.edit, unit.reserve, unit.release, unit.let, unit.vacate))
                .noneMatch(com.vaadin.flow.component.Component::isVisible);
    }

    @Test
    void theBuildingManagerKeepsTheirBuildingButNamesNoOtherManager() {
        signIn("manager");
        BuildingScene scene = new BuildingScene(commands, queries);
        String buildingId = scene.building("楼长的楼", "Keeper's House", TargetZone.OTHER, "staff");
        signIn("staff");

        BuildingView view = open(buildingId, Locale.ENGLISH);

        assertThat(view.editProfile.isVisible()).isTrue();
        assertThat(view.addUnit.isVisible()).isTrue();
        assertThat(view.tax.record.isVisible()).as("tax is recorded by managers").isFalse();
        view.openEditProfile();
        BuildingForm form = _get(BuildingForm.class);
        assertThat(form.manager.isReadOnly()).isTrue();
    }

    @Test
    void aChangeSomeoneElseMadeMeanwhileIsSaidAndOffersAReload() {
        signIn("manager");
        BuildingScene scene = new BuildingScene(commands, queries);
        String buildingId = scene.building("并发楼", "Concurrent House", TargetZone.OTHER, null);
        BuildingView view = open(buildingId, Locale.ENGLISH);
        commands.sendAndWait(new ChangeUnitCommand(buildingId, "u-102", new UnitLayout(
                1, "102", 2, new BigDecimal("320"), null), null));

        view.openAddUnit();
        CommandDialog add = _find(CommandDialog.class).stream()
                .filter(dialog -> dialog.hasClassName("add-unit-dialog")).findFirst().orElseThrow();
        UnitForm form = _get(add, UnitForm.class);
        form.floor.setValue(3);
        form.number.setValue("301");
        form.position.setValue(1);
        form.area.setValue(new BigDecimal("500"));
        confirm(add);

        assertThat(add.isOpened()).isTrue();
        assertThat(_find(Notification.class)).anySatisfy(notification -> assertThat(
                notification.getElement().getTextRecursively()).contains("Someone else changed this record"));
    }

    @Test
    void wrongUnitFiguresAreSaidAtTheirFieldsAndChangeNothing() {
        signIn("manager");
        BuildingScene scene = new BuildingScene(commands, queries);
        String buildingId = scene.building("错楼", "Wrong House", TargetZone.OTHER, null);
        BuildingView view = open(buildingId, Locale.SIMPLIFIED_CHINESE);
        long version = view.detail().version();

        view.openAddUnit();
        CommandDialog add = _find(CommandDialog.class).stream()
                .filter(dialog -> dialog.hasClassName("add-unit-dialog")).findFirst().orElseThrow();
        UnitForm form = _get(add, UnitForm.class);
        form.floor.setValue(0);
        form.number.setValue("X");
        form.position.setValue(1);
        form.area.setValue(new BigDecimal("-5"));
        confirm(add);

        assertThat(add.isOpened()).isTrue();
        assertThat(form.floor.isInvalid()).isTrue();
        assertThat(form.area.isInvalid()).isTrue();
        assertThat(scene.detail(buildingId).version()).isEqualTo(version);
    }

    @Test
    void onAPhoneTheFloorsScrollSideways() {
        signIn("manager");
        BuildingScene scene = new BuildingScene(commands, queries);
        String buildingId = scene.building("手机楼", "Phone House", TargetZone.OTHER, null);
        BuildingView view = open(buildingId, Locale.ENGLISH);

        view.fit(390);
        assertThat(view.hasClassName(PhoneWidth.PHONE_CLASS)).isTrue();
        view.fit(1440);
        assertThat(view.hasClassName(PhoneWidth.PHONE_CLASS)).isFalse();
    }
}
