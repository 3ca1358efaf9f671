package org.zhaoshang.crm.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 21 as its users meet it: the leader writes an instruction on one of their key projects; the project's owner
 * sees the bell's count, finds the instruction in the inbox and opens it (it becomes read); a manager reads the
 * dispatch and the circular and downloads the Word file. Screenshots of the inbox, the notification settings, the
 * reports and the administrators' robots and failures tabs at 1440 and 390 px, in Chinese and English, in
 * target/screenshots-21.
 */
class NotificationsAndReportsIT {

    private static final Path SHOTS = Path.of("target", "screenshots-21");
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final String COMPANY = "Harbour Robotics " + SUFFIX;
    private static final String DEPARTMENT = "commerce-" + SUFFIX;
    private static final String INSTRUCTION = "请商务局本周内对接 " + SUFFIX + "，报我。";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;
    private static AppProcess app;
    private static DemoApi api;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireOrSkip("NotificationsAndReportsIT");
        app = AppProcess.startDemo(dataDir, "notifications");
        api = new DemoApi(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static void shot(Browser browser, String name) {
        browser.screenshot(SHOTS, "21", name);
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

    /** Both widths of the page as it is now. */
    private static void bothWidths(Browser browser, String name) {
        browser.resize(1440, 900);
        shot(browser, name + "-1440");
        browser.resize(390, 844);
        shot(browser, name + "-390");
        browser.resize(1440, 900);
    }

    @Test
    void theOwnerFindsTheLeadersInstructionInTheInboxAndTheManagerDownloadsTheDispatch() throws Exception {
        api.call("admin", "POST", "/api/departments", """
                {"code": "%s", "nameZh": "区商务局", "nameEn": "Commerce Bureau"}""".formatted(DEPARTMENT));
        JsonNode lead = DemoApi.json(api.call("staff", "POST", "/api/leads", """
                {"companyNameEn": "%s", "market": "LONDON"}""".formatted(COMPANY)));
        String leadId = lead.get("leadId").asText();
        int year = LocalDate.now(BureauTime.ZONE).getYear();
        api.call("manager", "PUT", "/api/key-projects/" + year + "/" + leadId, """
                {"leader": "leader", "department": "%s", "goal": "Sign this year"}""".formatted(DEPARTMENT));
        api.call("leader", "POST", "/api/leads/" + leadId + "/instructions", """
                {"text": "%s"}""".formatted(INSTRUCTION));
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("staff", "/api/notifications?unread=true")
                                                             .toString().contains(SUFFIX));

        as("zh-CN", "inbox", browser -> {
            browser.signIn("staff", "demo");
            await().atMost(Duration.ofSeconds(30)).until(() -> browser.texts(".inbox-badge").stream()
                    .anyMatch(count -> !count.isBlank() && Integer.parseInt(count.trim()) >= 1));
            browser.open("/inbox");
            browser.waitForText("领导批示：" + COMPANY);
            bothWidths(browser, "1-inbox-zh");
            browser.clickIn("inbox-item", COMPANY, "查看");
            await().atMost(Duration.ofSeconds(30)).until(() -> !api.get("staff", "/api/notifications?unread=true")
                                                                   .toString().contains(SUFFIX));
            browser.open("/settings/notifications");
            bothWidths(browser, "2-settings-zh");
        });
        as("en-US", "inbox-en", browser -> {
            browser.signIn("staff", "demo");
            browser.open("/inbox");
            browser.waitForText("Leader's instruction: " + COMPANY);
            bothWidths(browser, "1-inbox-en");
            browser.open("/settings/notifications");
            bothWidths(browser, "2-settings-en");
        });

        for (String language : new String[]{"zh-CN", "en-US"}) {
            boolean zh = language.startsWith("zh");
            String tag = zh ? "zh" : "en";
            as(language, "reports-" + tag, browser -> {
                browser.signIn("manager", "demo");
                browser.open("/reports");
                browser.waitForText(zh ? "重点项目调度表" : "Weekly dispatch");
                assertThat(browser.shows(zh ? "招商工作通报" : "Monthly circular")).isTrue();
                String href = browser.attribute(".report-download", "href");
                assertThat(href).contains("format=docx");
                assertWordFile(href);
                bothWidths(browser, "3-dispatch-" + tag);
                browser.clickText(zh ? "招商工作通报" : "Monthly circular");
                browser.waitForText(zh ? "招商工作通报" : "Monthly circular");
                bothWidths(browser, "4-circular-" + tag);
            });
            as(language, "admin-" + tag, browser -> {
                browser.signIn("admin", "demo");
                browser.open("/admin");
                browser.clickText(zh ? "群机器人" : "Group robots");
                bothWidths(browser, "5-robots-" + tag);
                browser.clickText(zh ? "发送失败" : "Delivery failures");
                browser.waitForText(zh ? "没有发送失败的通知" : "No failed deliveries");
                bothWidths(browser, "6-failures-" + tag);
            });
        }
    }

    /** The link's file, fetched over the API as the manager: a Word document (a zip, starting with PK). */
    private static void assertWordFile(String href) throws Exception {
        String path = href.startsWith("http") ? java.net.URI.create(href).getRawPath() + "?"
                                                + java.net.URI.create(href).getRawQuery() : "/" + href;
        HttpResponse<byte[]> response = HTTP.send(
                HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60))
                           .header("Authorization", AppProcess.basic("manager", "demo")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .contains("wordprocessingml");
        assertThat(Arrays.copyOf(response.body(), 2)).containsExactly('P', 'K');
    }
}
