package org.zhaoshang.crm.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's journey as its users meet it: a manager reads the capital arrival of a signing year's slice in the
 * performance view; staff record capital arrived with its bank receipt (a small PDF) on a signed demo lead of theirs;
 * the manager verifies it in the verification inbox (at a desk's width and a phone's) and sees the verified capital
 * of the lead's owner move by exactly the amount recorded. Screenshots in target/screenshots-19j.
 */
class SignedProjectsIT {

    private static final Path SHOTS = Path.of("target", "screenshots-19j");
    /** An amount no demo fact has, to find this fact among the others. */
    private static final String AMOUNT = "837";
    /** A tranche of the schedule due on the signing day, when the demo promised none due by today. */
    private static final int TRANCHE_DUE = 1000;

    @TempDir
    static Path dataDir;
    private static AppProcess app;
    private static DemoApi api;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireOrSkip("SignedProjectsIT");
        app = AppProcess.startDemo(dataDir, "projects");
        api = new DemoApi(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static void shot(Browser browser, String name) {
        browser.screenshot(SHOTS, "19", name);
    }

    @Test
    void staffRecordCapitalWithAReceiptAManagerVerifiesItAndSeesTheCapitalArrivalMove() throws Exception {
        Path receipt = dataDir.resolve("bank-receipt.pdf");
        Files.writeString(receipt, """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """, StandardCharsets.US_ASCII);
        StaffLead signed = signedLeadOfStaff();
        String owner = signed.owner();
        String leadPath = signed.path();
        String year = signingYearWithCapitalDue(leadPath.substring(leadPath.lastIndexOf('/') + 1), owner);

        Capital before;
        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.resize(1440, 900);
            browser.signIn("manager", "demo");
            before = capitalInPerformanceView(browser, year, owner);
            shotOfCapital(browser, before, "performance-before-1440");
        }

        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.resize(1440, 900);
            browser.signIn(owner, "demo");
            // the demo's projects are written shortly after the start: until then the lead has no projects tab
            for (int tries = 0; tries < 30 && !browser.shows("记录进展"); tries++) {
                browser.open(leadPath + "?tab=projects");
            }
            browser.waitForText("承诺与实际");
            shot(browser, "tab-1440");

            browser.click("记录进展");
            browser.waitForText("进展类型");
            browser.fill("金额（万元）", AMOUNT);
            browser.choose("日期", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
            browser.upload("vaadin-dialog-overlay[opened] vaadin-upload", receipt);
            browser.waitForText("已上传：bank-receipt.pdf");
            shot(browser, "record-capital-1440");
            browser.click("提交认定");
            browser.waitForText("资金到位 " + AMOUNT + " 万元");
            assertThat(browser.shows("bank-receipt.pdf")).isTrue();
            browser.script("document.querySelector('.progress-pending .evidence-link').scrollIntoView({block: 'center'})");
            shot(browser, "recorded-1440");
            browser.resize(390, 844);
            browser.script("document.querySelector('.project-card').scrollIntoView()");
            shot(browser, "tab-390");
        }

        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.resize(1440, 900);
            browser.signIn("manager", "demo");
            // recorded, not verified: the verified capital has not moved
            assertThat(capitalInPerformanceView(browser, year, owner).verifiedWan()).isEqualTo(before.verifiedWan());
            browser.open("/verification");
            browser.waitForText("资金到位 " + AMOUNT + " 万元");
            assertThat(browser.shows("bank-receipt.pdf")).isTrue();
            shot(browser, "inbox-1440");
            browser.resize(390, 844);
            browser.open("/verification");
            browser.waitForText("资金到位 " + AMOUNT + " 万元");
            shot(browser, "inbox-390");

            browser.clickIn("verification-card", "资金到位 " + AMOUNT + " 万元", "认定通过");
            browser.waitForTextGone("资金到位 " + AMOUNT + " 万元");
            shot(browser, "inbox-approved-390");

            browser.resize(1440, 900);
            browser.open(leadPath + "?tab=projects");
            browser.waitForText("已认定：王建国（局长）");
            browser.script("document.querySelector('.progress-approved').scrollIntoView({block: 'center'})");
            shot(browser, "verified-1440");

            // the read model follows the verification on its own: reload the view until it has
            Capital after = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(
                    () -> capitalInPerformanceView(browser, year, owner),
                    capital -> capital.verifiedWan().compareTo(before.verifiedWan()) != 0);
            shotOfCapital(browser, after, "performance-after-1440");
            BigDecimal recorded = new BigDecimal(AMOUNT);
            assertThat(after.verifiedWan().subtract(before.verifiedWan())).as("verified capital, " + before + " -> "
                                                                             + after).isEqualByComparingTo(recorded);
            assertThat(after.countedWan().subtract(before.countedWan())).as("capital arrival rate's arrived part, "
                                                                           + before + " -> " + after)
                                                                       .isEqualByComparingTo(recorded);
            assertThat(after.dueWan()).as("capital due").isEqualByComparingTo(before.dueWan());
            assertThat(after.percent()).as("capital arrival rate").isNotEqualTo(before.percent());
        }
    }

    /** A staff member with a signed demo lead (which staff own one is the demo's chance), and the lead's page. */
    private record StaffLead(String owner, String path) {
    }

    private static StaffLead signedLeadOfStaff() throws Exception {
        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.resize(1440, 900);
            for (String staff : new String[]{"staff", "staff-li.na", "staff-wang.fang", "staff-liu.yang"}) {
                browser.newSessionInNewTab();
                browser.signIn(staff, "demo");
                browser.open("/leads?stage=SIGNED&stage=LANDED&stage=OPERATING&owner=" + staff);
                if (!browser.texts("a.lead-link").isEmpty()) {
                    browser.clickCss("a.lead-link");
                    return new StaffLead(staff, browser.currentUrl().replaceFirst("^https?://[^/]+", "")
                                                       .replaceFirst("\\?.*$", ""));
                }
            }
        }
        throw new AssertionError("no staff member owns a signed demo lead");
    }

    /**
     * The year the lead's first project was signed in, its capital due by today in that year's cohort: when the demo
     * promised none due yet, its owner adds a tranche due on the signing day, as staff would through the API.
     */
    private static String signingYearWithCapitalDue(String leadId, String owner) throws Exception {
        JsonNode project = await().atMost(Duration.ofSeconds(60)).until(
                () -> api.get("manager", "/api/leads/" + leadId + "/projects").path("projects").path(0),
                found -> !found.isMissingNode());
        LocalDate signedOn = LocalDate.parse(project.at("/agreement/signedOn").asText());
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        ObjectNode commitments = (ObjectNode) project.path("commitments");
        boolean due = false;
        for (JsonNode tranche : commitments.path("capitalSchedule")) {
            due |= !LocalDate.parse(tranche.path("dueOn").asText()).isAfter(today);
        }
        if (!due) {
            ArrayNode schedule = commitments.putArray("capitalSchedule");
            schedule.addObject().put("dueOn", signedOn.toString()).put("amountWan", TRANCHE_DUE);
            commitments.put("expectedVersion", project.path("version").asLong());
            api.call(owner, "PUT", "/api/projects/" + project.path("projectId").asText() + "/commitments",
                     commitments.toString());
        }
        assertThat(signedOn.getYear()).as("a year the performance view offers").isGreaterThan(today.getYear() - 5);
        return String.valueOf(signedOn.getYear());
    }

    /** The capital of the owner's projects signed in the year, as the performance view shows it sliced by owner. */
    private static Capital capitalInPerformanceView(Browser browser, String year, String owner) throws Exception {
        int slice = 0;
        boolean found = false;
        for (JsonNode row : api.get("manager", "/api/performance?dimension=OWNER&year=" + year).path("rows")) {
            found |= owner.equals(row.path("value").asText());
            if (found) {
                break;
            }
            slice += row.path("projects").asLong() > 0 ? 1 : 0; // the view shows slices with projects only
        }
        assertThat(found).as(owner + "'s slice of " + year).isTrue();
        browser.open("/performance?year=" + year + "&dimension=OWNER");
        browser.waitForText("performance-filters");
        String rate = "CAPITAL_ARRIVAL_AMOUNT";
        return new Capital(slice, wan(text(browser, "#capital-verified-" + slice)),
                           wan(text(browser, "#figure-" + rate + "-NUMERATOR-" + slice)),
                           wan(text(browser, "#figure-" + rate + "-DENOMINATOR-" + slice)),
                           text(browser, "#percent-" + rate + "-" + slice));
    }

    /** A slice's capital in the view: verified, the rate's arrived part over its due part, the rate. */
    private record Capital(int slice, BigDecimal verifiedWan, BigDecimal countedWan, BigDecimal dueWan,
                           String percent) {
    }

    /** What an element shows, without its tooltip's text. */
    private static String text(Browser browser, String css) {
        Object text = browser.script("""
                const element = document.querySelector(arguments[0]);
                return element && [...element.childNodes].filter(node => node.nodeName !== 'VAADIN-TOOLTIP')
                                                           .map(node => node.textContent).join('').trim();""", css);
        assertThat(text).as(css).isInstanceOf(String.class);
        return (String) text;
    }

    /** 1,234 万元 in 万元 (亿元 are written to two decimals: not exact enough to see 837 万元 arrive). */
    private static BigDecimal wan(String amount) {
        assertThat(amount).as("an amount the view writes exactly, in 万元").endsWith("万元");
        return new BigDecimal(amount.replaceAll("[^0-9.]", ""));
    }

    private static void shotOfCapital(Browser browser, Capital capital, String name) {
        browser.script("document.getElementById('percent-CAPITAL_ARRIVAL_AMOUNT-" + capital.slice()
                       + "').scrollIntoView({block: 'center'})");
        shot(browser, name + "-rate");
        browser.script("document.getElementById('capital-verified-" + capital.slice()
                       + "').scrollIntoView({block: 'center'})");
        shot(browser, name + "-promised");
    }
}
