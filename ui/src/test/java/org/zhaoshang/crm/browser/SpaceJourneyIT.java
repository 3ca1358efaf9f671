package org.zhaoshang.crm.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    /** Both widths of the page as it is now, from its top. */
    private static void bothWidths(Browser browser, String name) {
        browser.resize(1440, 900);
        browser.script("window.scrollTo(0, 0)");
        shot(browser, name + "-1440");
        browser.resize(390, 844);
        shot(browser, name + "-390");
        browser.resize(1440, 900);
    }

    /** The district's figures as the dashboard shows them: vacancy (the district's row) and take-up. */
    private record Figures(String vacancy, String takeUp) {
    }

    private static Figures figures(Browser browser) {
        browser.open("/space");
        browser.waitForText("zone-district");
        List<String> district = browser.texts("#zone-district td");
        List<String> takeUp = browser.texts("#take-up");
        return new Figures(district.get(district.size() - 1).trim(), takeUp.isEmpty() ? "" : takeUp.get(0).trim());
    }

    @Test
    void aManagerReservesSpaceForALondonBankLetsItAndSeesVacancyAndTakeUpMove() throws Exception {
        String leadId = bankAtIntent();
        JsonNode before = api.get("manager", "/api/space/summary");

        List<String> reservedUnits = new ArrayList<>();
        String[] buildingId = new String[1];
        as("zh-CN", "reserve", browser -> {
            browser.resize(1440, 900);
            browser.signIn("manager", "demo");
            Figures shown = figures(browser);
            assertThat(shown.takeUp()).contains("已去化");
            bothWidths(browser, "1-space-before-zh");

            browser.open("/leads/" + leadId + "?tab=space");
            browser.waitForText("匹配度");
            bothWidths(browser, "2-lead-space-zh");
            String href = browser.attribute(".match-card .match-building", "href");
            buildingId[0] = href.substring(href.lastIndexOf('/') + 1);
            browser.clickCss(".match-card .match-reserve");
            browser.waitForText("已为该企业预留");
            shot(browser, "3-reserved-1440");
        });

        JsonNode building = api.get("manager", "/api/buildings/" + buildingId[0]);
        for (JsonNode floor : building.path("floors")) {
            for (JsonNode unit : floor.path("units")) {
                if (leadId.equals(unit.path("reservedFor").asText(null))) {
                    reservedUnits.add(unit.path("unitId").asText());
                }
            }
        }
        assertThat(reservedUnits).as("the units reserved for the lead in " + building).isNotEmpty();

        String projectId = signAndLand(leadId);
        letToTheProject(buildingId[0], reservedUnits, leadId, projectId);

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
            assertThat(shown.takeUp()).contains(area(after.at("/takeUp/letM2").decimalValue(), "zh"));
            assertThat(shown.vacancy()).isEqualTo(percent(after.at("/district/vacancyRate").decimalValue()));
            bothWidths(browser, "4-space-after-zh");
        });
        as("en-US", "space-en", browser -> {
            browser.resize(1440, 900);
            browser.signIn("manager", "demo");
            Figures shown = figures(browser);
            assertThat(shown.takeUp()).contains("let of");
            bothWidths(browser, "5-space-en");
            browser.open("/leads/" + leadId + "?tab=space");
            browser.waitForText("Find space");
            bothWidths(browser, "6-lead-space-en");
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

    /** Lets the reserved units to the lead's project from today, as the building's page would. */
    private static void letToTheProject(String buildingId, List<String> units, String leadId, String projectId)
            throws Exception {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode with = body.putArray("withUnits");
        units.subList(1, units.size()).forEach(with::add);
        body.putObject("tenant").put("companyName", COMPANY).put("leadId", leadId).put("projectId", projectId)
            .put("industry", "INDUSTRIAL_FINANCE");
        body.put("from", TODAY.toString());
        api.call("manager", "POST", "/api/buildings/" + buildingId + "/units/" + units.get(0) + "/let",
                 body.toString());
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
