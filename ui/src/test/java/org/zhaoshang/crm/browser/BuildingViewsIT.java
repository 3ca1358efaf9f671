package org.zhaoshang.crm.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The building library on the demo store, at a desk's and a phone's width (1440 and 390 px), in both languages: the
 * list (filtered as the space dashboard links to it), a building's page with its stacking plan, a unit's dialog; on a
 * phone the list shows cards and each floor scrolls by itself. Screenshots in target/screenshots-22.
 */
class BuildingViewsIT {

    private static final Path SHOTS = Path.of("target", "screenshots-22");
    private static final int YEAR = LocalDate.now(BureauTime.ZONE).getYear();

    @TempDir
    static Path dataDir;
    private static AppProcess app;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available() || "true".equals(System.getenv("CI")),
                               "[BuildingViewsIT] no Chromium: the browser tests are SKIPPED");
        app = AppProcess.startDemo(dataDir, "buildings");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theLibraryAndABuildingAtADeskAndOnAPhoneInBothLanguages() throws Exception {
        for (String language : List.of("zh-CN", "en")) {
            String prefix = "buildings";
            try (Browser browser = new Browser(app.port(), language)) {
                browser.signIn("manager", "demo");
                browser.resize(1440, 900);
                browser.open("/buildings");
                browser.waitForText("building-row");
                assertThat(browser.texts(".building-row:not(.building-row-header)")).hasSizeGreaterThan(40);
                browser.screenshot(SHOTS, prefix, language + "-list-1440");
                browser.open("/buildings?zone=FINANCIAL_CITY_CLUSTER&tier=YI&year=" + YEAR);
                browser.waitForText("building-row");
                List<String> yi = browser.texts(".building-row:not(.building-row-header)");
                assertThat(yi).isNotEmpty();
                browser.screenshot(SHOTS, prefix, language + "-list-financial-yi-1440");
                browser.clickCss(".building-row:not(.building-row-header) .building-name");
                browser.waitForText("stacking-plan");
                browser.screenshot(SHOTS, prefix, language + "-building-1440");
                browser.script("document.querySelector('.tax-panel').scrollIntoView()");
                browser.screenshot(SHOTS, prefix, language + "-building-tax-1440");
                browser.clickFirstShown(".unit-block.unit-let");
                browser.waitForText("unit-history");
                browser.screenshot(SHOTS, prefix, language + "-unit-dialog-1440");
                String building = browser.script("return location.pathname").toString();

                browser.resize(390, 844);
                browser.open("/buildings");
                browser.waitForText("building-row");
                assertThat(browser.attribute(".buildings-view", "class")).contains("phone");
                browser.screenshot(SHOTS, prefix, language + "-list-390");
                browser.open(building);
                browser.waitForText("stacking-plan");
                assertThat(browser.attribute(".building-view", "class")).contains("phone");
                browser.screenshot(SHOTS, prefix, language + "-building-390");
                browser.script("document.querySelector('.stacking-plan').scrollIntoView()");
                browser.screenshot(SHOTS, prefix, language + "-plan-390");
                browser.clickFirstShown(".unit-block.unit-vacant");
                browser.waitForText("unit-history");
                browser.screenshot(SHOTS, prefix, language + "-unit-dialog-390");
            }
        }
    }

    @Test
    void theBuildingManagerFindsTheirBuildingsOnAPhone() throws Exception {
        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.signIn("staff-zhou.min", "demo");
            browser.resize(390, 844);
            browser.open("/buildings?mine=true");
            browser.waitForText("building-row");
            List<String> mine = browser.texts(".building-row:not(.building-row-header)");
            assertThat(mine).isNotEmpty().allSatisfy(row -> assertThat(row).contains("周敏"));
            browser.screenshot(SHOTS, "buildings", "zh-CN-manager-mine-390");
            browser.clickCss(".building-row:not(.building-row-header) .building-name");
            browser.waitForText("stacking-plan");
            browser.script("document.querySelector('.stacking-plan').scrollIntoView()");
            browser.screenshot(SHOTS, "buildings", "zh-CN-manager-plan-390");
            browser.clickFirstShown(".unit-block.unit-vacant");
            browser.waitForText("unit-history");
            browser.screenshot(SHOTS, "buildings", "zh-CN-manager-unit-390");
        }
    }
}
