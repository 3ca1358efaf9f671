package org.zhaoshang.crm.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's performance view on the demo store, in both languages, at a desk's and a phone's width (1440 and
 * 390 px): the cards stay inside the window, a figure opens the projects behind it. Screenshots in
 * target/screenshots-19p/.
 */
class PerformanceViewIT {

    private static final Path SHOTS = Path.of("target", "screenshots-19p");

    @TempDir
    static Path dataDir;
    private static AppProcess app;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available() || "true".equals(System.getenv("CI")),
                               "[PerformanceViewIT] no Chromium: the browser tests are SKIPPED");
        app = AppProcess.startDemo(dataDir, "performance");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aManagerSeesTheRatesStuckListsAndPromisesAtADeskAndOnAPhone() throws Exception {
        for (Map.Entry<String, String> language : Map.of("zh-CN", "zh", "en-US", "en").entrySet()) {
            try (Browser browser = new Browser(app.port(), language.getKey())) {
                browser.signIn("manager", "demo");
                for (int width : new int[] {1440, 390}) {
                    String name = "performance-" + width + "-" + language.getValue();
                    browser.resize(width, width < 600 ? 3000 : 1800);
                    browser.open("/performance");
                    browser.waitForText("performance-filters");
                    shot(browser, name + "-this-year");
                    browser.open("/performance?year=all&dimension=ALL");
                    browser.waitForText("performance-filters");
                    assertThat(browser.script("""
                            return [...document.querySelectorAll('.performance-card, .performance-filters > *')]
                                    .every(card => card.getBoundingClientRect().right <= window.innerWidth + 1);"""))
                            .as("cards and filters inside the window at " + width).isEqualTo(true);
                    shot(browser, name + "-all-years");
                    browser.open("/performance?year=all");
                    browser.waitForText("performance-filters");
                    shot(browser, name + "-by-market");
                    if (Boolean.TRUE.equals(browser.script(
                            "return !!document.querySelector('.figure-link:not([disabled])')"))) {
                        browser.clickCss(".figure-link:not([disabled])");
                        browser.waitForText("projects-behind");
                        shot(browser, name + "-projects-behind");
                    }
                    if (Boolean.TRUE.equals(browser.script(
                            "return !!document.querySelector('.stuck-card .figure-link:not([disabled])')"))) {
                        browser.open("/performance?year=all");
                        browser.clickCss(".stuck-card .figure-link:not([disabled])");
                        browser.waitForText("projects-behind");
                        shot(browser, name + "-stuck");
                    }
                }
            }
        }
    }

    private static void shot(Browser browser, String name) throws IOException {
        browser.screenshot(name);
        Files.createDirectories(SHOTS);
        Files.move(Browser.SCREENSHOTS.resolve(name + ".png"), SHOTS.resolve(name + ".png"),
                   StandardCopyOption.REPLACE_EXISTING);
    }
}
