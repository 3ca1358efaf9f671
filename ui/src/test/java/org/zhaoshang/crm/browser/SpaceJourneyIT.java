package org.zhaoshang.crm.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.zhaoshang.crm.AppProcess;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 22 as its users meet it: a manager's London bank needs 3,000 m² and is at INTENT; on the lead's Space tab
 * the manager finds a unit (or adjacent units) for it and reserves it; the project is signed and lands (through the
 * API: not about space), its unit is let to the lead's project, and the space dashboard shows the district's vacancy
 * drop and take-up rise. Screenshots of the dashboard and the lead's Space tab at 1440 and 390 px, in Chinese and
 * English, in target/screenshots-22.
 */
class SpaceJourneyIT {

    private static final Path SHOTS = Path.of("target", "screenshots-22");
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final String COMPANY = "Thames Bank " + SUFFIX;
    private static final LocalDate TODAY = LocalDate.now(BureauTime.ZONE);

    @TempDir
    static Path dataDir;
    private static AppProcess app;
    private static DemoApi api;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireOrSkip("SpaceJourneyIT");
        app = AppProcess.startDemo(dataDir, "space");
        api = new DemoApi(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static void shot(Browser browser, String name) {
        browser.screenshot(SHOTS, "22", name);
    }

    private interface Step {
        void run(Browser browser) throws Exception;
    }

    private static void as(String language, String name, Step step) throws Exception {
        try (Browser browser = new Browser(app.port(), language)) {
            try {
                step.run(browser);
            } catch (Exception | AssertionError failure) {
                shot(browser, "failed-" + name);
                throw failure;
            }
        }
    }

    /** Both widths of the dashboard: its top, then its vacancy by zone and the take-up further down. */
    private static void dashboard(Browser browser, String name) {
        bothWidths(browser, name);
        for (String part : new String[]{"zone-table", "take-up-card"}) {
            browser.resize(1440, 900);
            browser.script("document.querySelector('." + part + "').closest('.space-section')"
                           + ".scrollIntoView({block: 'start'})");
            shot(browser, name + "-" + part + "-1440");
            browser.resize(390, 844);
            browser.script("document.querySelector('." + part + "').closest('.space-section')"
                           + ".scrollIntoView({block: 'start'})");
            shot(browser, name + "-" + part + "-390");
        }
        browser.resize(1440, 900);
    }

    /** The lead's Space tab at both widths, the phone's scrolled to the matches. */
    private static void spaceTab(Browser browser, String name) {
        browser.resize(1440, 900);
        shot(browser, name + "-1440");
        browser.resize(390, 844);
        browser.script("document.querySelector('.space-panel').scrollIntoView({block: 'start'})");
        shot(browser, name + "-390");
        browser.script("document.querySelector('.match-card').scrollIntoView({block: 'start'})");
        shot(browser, name + "-cards-390");
        browser.resize(1440, 900);
    }

    /** Both widths of the page as it is now, from its top. */
    private static void bothWidths(Browser browser, String name) {
        browser.resize(1440, 900);
        browser.script("window.scrollTo(0, 0)");
        shot(browser, name + "-1440");
        browser.resize(390, 844);
        shot(browser, name + "-390");
        browser.resize(1440, 900);
    }

    /** The district's figures as the dashboard shows them: its row's let area and vacancy, and the take-up. */
    private record Figures(String let, String vacancy, String takeUp) {

        BigDecimal vacancyPercent() {
            return new BigDecimal(vacancy.replace("%", ""));
        }
    }

    private static Figures figures(Browser browser) {
        browser.open("/space");
        browser.waitForText("zone-district");
        List<String> district = browser.texts("#zone-district td");
        List<String> takeUp = browser.texts("#take-up");
        return new Figures(district.get(4).trim(), district.get(5).trim(), takeUp.isEmpty() ? "" : takeUp.get(0).trim());
    }

    @Test
    void aManagerReservesSpaceForALondonBankLetsItAndSeesVacancyAndTakeUpMove() throws Exception {
        String leadId = bankAtIntent();
        JsonNode before = api.get("manager", "/api/space/summary");

        String[] buildingId = new String[1];
        Figures[] shownBefore = new Figures[1];
        as("zh-CN", "reserve", browser -> {
            browser.resize(1440, 900);
            browser.signIn("manager", "demo");
            shownBefore[0] = figures(browser);
            assertThat(shownBefore[0].takeUp()).contains("已去化");
            dashboard(browser, "1-space-before-zh");

            browser.open("/leads/" + leadId + "?tab=space");
            browser.waitForText("匹配度");
            spaceTab(browser, "2-lead-space-zh");
            String href = browser.attribute(".match-card .match-building", "href");
            buildingId[0] = href.substring(href.lastIndexOf('/') + 1);
            browser.clickCss(".match-card .match-reserve");
            browser.waitForText("已为该企业预留");
            shot(browser, "3-reserved-1440");
        });

        List<String> reservedNumbers = reservedFor(leadId, buildingId[0]);
        assertThat(reservedNumbers).as("the units reserved for the lead").isNotEmpty();

        signAndLand(leadId);
        as("zh-CN", "let", browser -> {
            browser.resize(1440, 900);
            browser.signIn("manager", "demo");
            browser.open("/buildings/" + buildingId[0]);
            browser.clickText(reservedNumbers.get(0));
            browser.click("出租");
            browser.waitForText("同层相邻单元一并办理");
            for (String other : reservedNumbers.subList(1, reservedNumbers.size())) {
                together(browser, other);
            }
            shot(browser, "4-let-dialog-1440");
            browser.click("确定");
            await().atMost(Duration.ofSeconds(30)).until(() -> reservedFor(leadId, buildingId[0]).isEmpty());
            shot(browser, "5-let-1440");
        });

        JsonNode after = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("manager", "/api/space/summary"),
                summary -> summary.at("/takeUp/letM2").decimalValue()
                                  .compareTo(before.at("/takeUp/letM2").decimalValue()) > 0);
        assertThat(after.at("/district/vacancyRate").decimalValue())
                .as("the district's vacancy drops").isLessThan(before.at("/district/vacancyRate").decimalValue());

        as("zh-CN", "space-after", browser -> {
            browser.resize(1440, 900);
            browser.signIn("manager", "demo");
            Figures shown = figures(browser);
            assertThat(shown.takeUp()).as("take-up rises").isNotEqualTo(shownBefore[0].takeUp())
                                      .contains(area(after.at("/takeUp/letM2").decimalValue(), "zh"));
            assertThat(shown.let()).as("the district's let area rises").isNotEqualTo(shownBefore[0].let());
            assertThat(shown.vacancy()).isEqualTo(percent(after.at("/district/vacancyRate").decimalValue()));
            assertThat(shown.vacancyPercent()).as("vacancy drops (to a tenth of a percent)")
                                              .isLessThanOrEqualTo(shownBefore[0].vacancyPercent());
            dashboard(browser, "6-space-after-zh");
        });
        as("en-US", "space-en", browser -> {
            browser.resize(1440, 900);
            browser.signIn("manager", "demo");
            Figures shown = figures(browser);
            assertThat(shown.takeUp()).contains("let of");
            dashboard(browser, "7-space-en");
            browser.open("/leads/" + leadId + "?tab=space");
            browser.waitForText("Find space");
            spaceTab(browser, "8-lead-space-en");
        });
    }

    /** The London bank's lead, the manager's, needing 3,000 m² in the financial city, visited and at INTENT. */
    private static String bankAtIntent() throws Exception {
        String leadId = DemoApi.json(api.call("manager", "POST", "/api/leads", """
                {"companyNameEn": "%s", "companyNameZh": "泰晤士银行 %s", "market": "LONDON",
                 "industry": "INDUSTRIAL_FINANCE"}""".formatted(COMPANY, SUFFIX))).path("leadId").asText();
        api.call("manager", "PUT", "/api/leads/" + leadId + "/numbers", """
                {"investmentAmountWan": 50000, "investmentCurrency": "CNY", "floorSpaceM2": 3000,
                 "expectedAnnualTaxWan": 2000, "targetZone": "FINANCIAL_CITY_CLUSTER"}""");
        api.call("manager", "POST", "/api/leads/" + leadId + "/activities", """
                {"type": "VISIT_BY_THEM", "occurredOn": "%s", "participants": ["Jane Doe"],
                 "summary": "Visited the financial city"}""".formatted(TODAY));
        api.call("manager", "POST", "/api/leads/" + leadId + "/stage", """
                {"to": "INTENT", "occurredOn": "%s"}""".formatted(TODAY));
        return leadId;
    }

    /** Picks the unit numbered so in the let dialog's "together with" field: typed, then chosen from the list. */
    private static void together(Browser browser, String number) {
        WebElement input = (WebElement) browser.script(
                "return document.querySelector('vaadin-dialog-overlay[opened] .together-units input')");
        input.sendKeys(number);
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.texts("vaadin-multi-select-combo-box-item")
                                                                   .isEmpty());
        Object before = selectedTogether(browser);
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> !selectedTogether(browser).equals(before));
        input.sendKeys(Keys.ESCAPE);
    }

    private static Object selectedTogether(Browser browser) {
        return String.valueOf(browser.script("return document.querySelector("
                                             + "'vaadin-dialog-overlay[opened] .together-units').selectedItems.length"));
    }

    /** The numbers of the building's units reserved for the lead, in their order on the floor. */
    private static List<String> reservedFor(String leadId, String buildingId) throws Exception {
        List<String> numbers = new ArrayList<>();
        for (JsonNode floor : api.get("manager", "/api/buildings/" + buildingId).path("floors")) {
            for (JsonNode unit : floor.path("units")) {
                if (leadId.equals(unit.path("reservedFor").asText(null))
                    && "RESERVED".equals(unit.path("status").asText())) {
                    numbers.add(unit.at("/layout/number").asText());
                }
            }
        }
        return numbers;
    }

    /** Signs the lead's agreement and lands it (registered); its first project's id. */
    private static String signAndLand(String leadId) throws Exception {
        api.call("manager", "POST", "/api/leads/" + leadId + "/stage", """
                {"to": "SIGNED", "occurredOn": "%s", "agreementSignedOn": "%s", "agreementReference": "TB-%s"}"""
                .formatted(TODAY, TODAY, SUFFIX));
        api.call("manager", "POST", "/api/leads/" + leadId + "/stage", """
                {"to": "LANDED", "occurredOn": "%s", "registeredOn": "%s"}""".formatted(TODAY, TODAY));
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("manager", "/api/leads/" + leadId + "/projects").at("/projects/0/projectId"),
                found -> !found.isMissingNode()).asText();
    }

    private static String area(BigDecimal squareMetres, String language) {
        return java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag(language))
                                     .format(squareMetres) + " m²";
    }

    private static String percent(BigDecimal ratio) {
        BigDecimal percent = ratio.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
    }
}
