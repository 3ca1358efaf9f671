package org.zhaoshang.crm.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views at a phone's, a laptop's and a desktop's width (390, 1024 and 1440 px), in both languages, as an
 * ambassador, staff and a manager: the header fits on one line with the language switch inside the window, a lead's
 * actions are within reach, the leads list shows one card per lead on a phone and fits without sideways scrolling
 * at 1024 px. Screenshots in target/screenshots/widths-*.
 */
class WidthsIT {

    private static final int PHONE = 390;
    private static final String HEADER = """
            const header = document.querySelector('.app-header').getBoundingClientRect();
            const language = document.querySelector('.language-switch').getBoundingClientRect();
            return {height: header.height, languageRight: language.right, languageWidth: language.width,
                    window: window.innerWidth};""";

    @TempDir
    static Path dataDir;
    private static AppProcess app;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available() || "true".equals(System.getenv("CI")),
                               "[WidthsIT] no Chromium: the browser tests are SKIPPED");
        app = AppProcess.startDemo(dataDir, "widths");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static void assertHeaderFits(Browser browser) {
        @SuppressWarnings("unchecked")
        Map<String, Number> header = (Map<String, Number>) browser.script(HEADER);
        assertThat(header.get("height").doubleValue()).as("header height").isLessThan(64);
        assertThat(header.get("languageWidth").doubleValue()).as("language switch width").isGreaterThan(40);
        assertThat(header.get("languageRight").doubleValue()).as("language switch's right edge")
                                                           .isLessThanOrEqualTo(header.get("window").doubleValue());
    }

    private static String firstLead(Browser browser) {
        browser.resize(1440, 900);
        browser.open("/leads");
        browser.waitForText("lead-link");
        return (String) browser.script("return document.querySelector('a.lead-link').getAttribute('href')");
    }

    private static void assertActionsInside(Browser browser) {
        @SuppressWarnings("unchecked")
        List<Boolean> actionsInside = (List<Boolean>) browser.script("""
                return [...document.querySelectorAll('.stage-actions vaadin-button')]
                        .filter(button => button.offsetParent !== null)
                        .map(button => button.getBoundingClientRect())
                        .map(box => box.left >= 0 && box.right <= window.innerWidth);""");
        assertThat(actionsInside).isNotEmpty().containsOnly(true);
    }

    private static long shownColumns(Browser browser) {
        return ((Number) browser.script("return [...document.querySelectorAll('vaadin-grid-column')]"
                                        + ".filter(column => !column.hidden).length")).longValue();
    }

    private static long roundTrips(Browser browser) {
        return ((Number) browser.script("return performance.getEntriesByType('resource')"
                                        + ".filter(entry => entry.name.includes('v-r=uidl')).length")).longValue();
    }

    /**
     * Issue 17 (speed): the list is drawn for the width last seen, without first asking the browser for it, and the
     * navigation's current item does not call the server: the view and its rows take two round trips, at a desk and
     * on a phone's next visit.
     */
    @Test
    void theLeadsListIsDrawnForTheWidthAtHandInTwoRoundTrips() throws Exception {
        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.signIn("manager", "demo");
            browser.open("/leads");
            browser.waitForText("lead-link");
            assertThat(roundTrips(browser)).as("round trips at a desk").isLessThanOrEqualTo(2);
            assertThat(shownColumns(browser))
                    .as("columns at a desk").isEqualTo(5);

            browser.resize(PHONE, 844);
            browser.open("/leads");
            browser.waitForText("lead-card-name");
            browser.open("/leads");
            browser.waitForText("lead-card-name");
            assertThat(roundTrips(browser)).as("round trips on a phone's next visit").isLessThanOrEqualTo(2);
            assertThat(shownColumns(browser))
                    .as("columns on a phone").isEqualTo(1);
        }
    }

    @Test
    void anAmbassadorOnAPhoneInChinese() throws Exception {
        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.signIn("ambassador", "demo");
            browser.resize(PHONE, 844);
            browser.open("/leads");
            assertHeaderFits(browser);
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .isEqualTo(true);
            browser.screenshot("widths-390-leads-ambassador-zh");
            browser.open("/my-work");
            assertHeaderFits(browser);
            browser.screenshot("widths-390-work-ambassador-zh");
        }
    }

    @Test
    void staffAndAManagerAtEachWidthInEnglish() throws Exception {
        try (Browser browser = new Browser(app.port(), "en-US")) {
            browser.signIn("manager", "demo");
            String lead = firstLead(browser);
            for (int width : new int[] {1440, 1024, PHONE}) {
                browser.resize(width, 900);
                browser.open("/leads");
                browser.waitForText(width < 600 ? "lead-card-name" : "lead-link");
                assertHeaderFits(browser);
                assertThat(browser.script("""
                        const grid = document.querySelector('vaadin-grid');
                        const table = grid.shadowRoot.querySelector('#table');
                        return table.scrollWidth <= table.clientWidth + 1;""")).as("grid fits at " + width)
                        .isEqualTo(true);
                browser.screenshot("widths-" + width + "-leads-manager-en");
                browser.open("/" + lead);
                browser.waitForText("stage-actions");
                assertHeaderFits(browser);
                assertActionsInside(browser);
                browser.screenshot("widths-" + width + "-lead-manager-en");
                browser.open("/conversion");
                browser.waitForText("conversion-filters");
                assertThat(browser.script("""
                        return [...document.querySelectorAll('.conversion-filters > *')]
                                .every(field => field.getBoundingClientRect().right <= window.innerWidth);"""))
                        .as("conversion filters inside the window at " + width).isEqualTo(true);
                browser.screenshot("widths-" + width + "-conversion-manager-en");
            }
        }
        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.signIn("staff", "demo");
            for (int width : new int[] {1440, 1024, PHONE}) {
                browser.resize(width, 900);
                browser.open("/leads");
                browser.waitForText(width < 600 ? "lead-card-name" : "lead-link");
                assertHeaderFits(browser);
                browser.screenshot("widths-" + width + "-leads-staff-zh");
            }
        }
    }
}
