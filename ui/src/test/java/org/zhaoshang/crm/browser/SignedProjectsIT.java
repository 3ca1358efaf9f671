package org.zhaoshang.crm.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 as its users meet it: staff record capital arrived with its bank receipt (a small PDF) on a signed demo
 * lead of theirs, and a manager verifies it in the verification inbox, at a desk's width and a phone's. Screenshots
 * in target/screenshots-19.
 */
class SignedProjectsIT {

    private static final Path SHOTS = Path.of("target", "screenshots-19");
    /** An amount no demo fact has, to find this fact among the others. */
    private static final String AMOUNT = "837";

    @TempDir
    static Path dataDir;
    private static AppProcess app;

    @BeforeAll
    static void start() throws Exception {
        if (!Browser.available()) {
            String reason = "[SignedProjectsIT] no Chromium at " + Browser.CHROMIUM + " / " + Browser.CHROMEDRIVER;
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason + ": CI must run the browser tests");
            }
            Assumptions.abort(reason);
        }
        app = AppProcess.startDemo(dataDir, "projects");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static void shot(Browser browser, String name) {
        browser.screenshot("19-" + name);
        try {
            Files.createDirectories(SHOTS);
            Files.copy(Browser.SCREENSHOTS.resolve("19-" + name + ".png"), SHOTS.resolve(name + ".png"),
                       StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void staffRecordCapitalWithAReceiptAndAManagerVerifiesItInTheInbox() throws Exception {
        Path receipt = dataDir.resolve("bank-receipt.pdf");
        Files.writeString(receipt, """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """, StandardCharsets.US_ASCII);
        String leadPath;
        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.resize(1440, 900);
            // a signed demo lead of a staff member, signed in as its owner (which staff own one is the demo's chance)
            for (String staff : new String[]{"staff", "staff-li.na", "staff-wang.fang", "staff-liu.yang"}) {
                browser.newSessionInNewTab();
                browser.signIn(staff, "demo");
                browser.open("/leads?stage=SIGNED&stage=LANDED&stage=OPERATING&owner=" + staff);
                if (!browser.texts("a.lead-link").isEmpty()) {
                    break;
                }
            }
            browser.clickCss("a.lead-link");
            leadPath = browser.currentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
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
        }
    }
}
