package org.zhaoshang.crm.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.zhaoshang.crm.AppProcess;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 in Debian's Chromium: the leads behind a dashboard figure open the lead clicked (the list used to close
 * and open nothing), and a lead's name is a link, so ctrl+click opens it in a new tab and leaves the page as it was.
 * Screenshots in target/screenshots.
 */
class LeadLinksIT {

    private static final String LINK_IN_LIST = "vaadin-dialog-overlay[opened] a.lead-link";

    @TempDir
    static Path dataDir;
    private static AppProcess app;

    @BeforeAll
    static void start() throws Exception {
        if (!Browser.available()) {
            String reason = "[LeadLinksIT] no Chromium at " + Browser.CHROMIUM + " / " + Browser.CHROMEDRIVER;
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason + ": CI must run the browser tests");
            }
            Assumptions.abort(reason);
        }
        app = AppProcess.startDemo(dataDir, "links");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aLeadBehindADashboardFigureOpensAndItsNameOpensInANewTab() throws Exception {
        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.signIn("manager", "demo");
            browser.open("/dashboard");
            browser.clickCss(".target-card");
            String href = browser.attribute(LINK_IN_LIST, "href");
            browser.screenshot("links-behind-a-figure-zh");

            browser.clickCss(LINK_IN_LIST, Keys.CONTROL);

            assertThat(browser.tabs()).hasSize(2);
            assertThat(browser.tabs().get(0)).endsWith("/dashboard");
            assertThat(browser.tabs().get(1)).endsWith("/" + href);

            browser.clickCss(LINK_IN_LIST);

            browser.waitForPath("/" + href);
            assertThat(browser.texts("vaadin-dialog-overlay[opened]")).isEmpty();
            browser.screenshot("links-lead-opened-zh");
        }
    }
}
