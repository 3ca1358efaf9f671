package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.building.api.query.BuildingRow;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class BuildingsViewTest extends KaribuSpringTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

    @Test
    void theFiltersComeFromTheAddressAsTheSpaceDashboardLinksAndGoBackToIt() {
        signIn("manager");
        BuildingScene scene = new BuildingScene(commands, queries);
        String yi = scene.building("金融中心", "Finance Centre", TargetZone.FINANCIAL_CITY_CLUSTER, "staff");
        String small = scene.building("小楼", "Small House", TargetZone.FINANCIAL_CITY_CLUSTER, null);
        String elsewhere = scene.building("明府大厦", "Mingfu Tower", TargetZone.MINGFU_OLD_CITY, null);
        scene.tax(yi, "12000");
        scene.tax(small, "800");
        scene.tax(elsewhere, "15000");

        open(BuildingsView.class, Locale.ENGLISH);
        UI.getCurrent().navigate(BuildingsView.class, QueryParameters.simple(Map.of(
                "zone", "FINANCIAL_CITY_CLUSTER", "tier", "YI", "year", String.valueOf(BuildingScene.YEAR))));
        BuildingsView view = _get(BuildingsView.class);

        assertThat(view.zone.getValue()).isEqualTo(TargetZone.FINANCIAL_CITY_CLUSTER);
        assertThat(view.tier.getValue()).isEqualTo(TaxTier.YI);
        assertThat(view.year.getValue()).isEqualTo(BuildingScene.YEAR);
        assertThat(view.rows()).extracting(BuildingRow::buildingId).contains(yi).doesNotContain(small, elsewhere);
        BuildingRow row = view.rows().stream().filter(shown -> shown.buildingId().equals(yi)).findFirst()
                              .orElseThrow();
        String text = view.list.getElement().getTextRecursively();
        assertThat(text).contains("Finance Centre " + scene.suffix, "¥100m building", "CNY 120 million",
                                  "张伟");
        assertThat(row.taxWan()).isEqualByComparingTo(new BigDecimal("12000"));
        assertThat(view.count.getText()).as("a year is written without grouping")
                                        .endsWith("(tax for " + BuildingScene.YEAR + ")");

        view.tier.clear();
        view.text.setValue("Small House " + scene.suffix);
        assertThat(view.rows()).extracting(BuildingRow::buildingId).containsExactly(small);
        assertThat(view.address().getQueryString()).startsWith("zone=FINANCIAL_CITY_CLUSTER&year=")
                                                   .contains("text=Small");
    }

    @Test
    void whatTheAddressNamesThatCannotBeIsLeftEmptyAndChineseWritesTaxAsABureauDoes() {
        signIn("manager");
        BuildingScene scene = new BuildingScene(commands, queries);
        String yi = scene.building("中文楼", "Chinese House", TargetZone.MINGHU_CELL_PARK, "staff");
        scene.tax(yi, "12000");

        open(BuildingsView.class, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(BuildingsView.class, QueryParameters.simple(Map.of(
                "zone", "NOWHERE", "tier", "NONE", "year", "1999", "text", "中文楼" + scene.suffix)));
        BuildingsView view = _get(BuildingsView.class);

        assertThat(view.zone.getValue()).isNull();
        assertThat(view.tier.getValue()).isNull();
        assertThat(view.year.getValue()).isNull();
        assertThat(view.rows()).extracting(BuildingRow::buildingId).containsExactly(yi);
        assertThat(view.list.getElement().getTextRecursively()).contains("中文楼" + scene.suffix, "亿元楼",
                                                                          "1.2 亿元", "明湖细胞产业园");
    }

    @Test
    void myBuildingsAreThoseTheCallerKeeps() {
        signIn("manager");
        BuildingScene scene = new BuildingScene(commands, queries);
        String kept = scene.building("张伟的楼", "Kept House", TargetZone.OTHER, "staff");
        String other = scene.building("别人的楼", "Other House", TargetZone.OTHER, "manager");
        signIn("staff");

        open(BuildingsView.class, Locale.ENGLISH);
        BuildingsView view = _get(BuildingsView.class);
        view.mine.setValue(true);

        assertThat(view.rows()).extracting(BuildingRow::buildingId).contains(kept).doesNotContain(other);
        assertThat(view.address().getQueryString()).isEqualTo("mine=true");
        assertThat(view.register.isVisible()).as("only managers register buildings").isFalse();
    }

    @Test
    void aManagerRegistersABuildingAndMissingFactsAreSaidAtTheirFields() {
        signIn("manager");
        BuildingsView view = open(BuildingsView.class, Locale.ENGLISH);
        assertThat(view.register.isVisible()).isTrue();

        _click(view.register);
        CommandDialog dialog = _get(CommandDialog.class);
        BuildingForm form = _get(dialog, BuildingForm.class);
        form.nameZh.setValue("新楼");
        confirm(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(form.zone.isInvalid()).isTrue();
        assertThat(form.totalArea.isInvalid()).isTrue();

        form.zone.setValue(TargetZone.SHANDA_ROAD_TECH_AXIS);
        form.totalArea.setValue(new BigDecimal("10000"));
        form.commercialArea.setValue(new BigDecimal("8000"));
        form.floorsAbove.setValue(12);
        confirm(dialog);

        BuildingView page = _get(BuildingView.class);
        assertThat(page.title.getText()).isEqualTo("新楼");
    }

    /** Clicks a dialog's primary button (confirm). */
    static void confirm(com.vaadin.flow.component.dialog.Dialog dialog) {
        _click(_find(dialog, com.vaadin.flow.component.button.Button.class).stream()
                       .filter(button -> button.getThemeName() != null && button.getThemeName().contains("primary"))
                       .findFirst().orElseThrow());
    }

    @Test
    void onAPhoneTheRowsBecomeCards() {
        signIn("leader");
        BuildingsView view = open(BuildingsView.class, Locale.ENGLISH);

        view.fit(390);
        assertThat(view.hasClassName(PhoneWidth.PHONE_CLASS)).isTrue();
        view.fit(1440);
        assertThat(view.hasClassName(PhoneWidth.PHONE_CLASS)).isFalse();
        assertThat(view.register.isVisible()).isFalse();
    }
}
