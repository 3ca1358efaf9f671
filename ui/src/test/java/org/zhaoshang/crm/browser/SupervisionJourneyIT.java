package org.zhaoshang.crm.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's journey as its users meet it: an administrator shortens the rules (a red card from 1 day past due); a
 * manager makes a staff member's lead a key project of the district leader 赵立新 with the major projects task
 * force (a department); staff raise a problem on it due today. Two days later (the application restarted with its days moved
 * ahead: a due day is never in the past when a user raises a problem) the problem has a red card and the project a
 * red light: the leader, on a phone, finds it at the top of the cockpit and writes an instruction in two taps; the
 * department's user resolves the problem in the problems list; the manager closes it. Screenshots at 1440 and 390 px in
 * target/screenshots-20.
 */
class SupervisionJourneyIT {

    private static final Path SHOTS = Path.of("target", "screenshots-20");
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final String COMPANY = "Thames Green Energy " + SUFFIX;
    private static final String PROBLEM = "用地指标未落实 " + SUFFIX;
    private static final String DEPARTMENT = "dev-reform-" + SUFFIX;
    private static final String DEPARTMENT_ZH = "区重大项目服务专班";
    private static final String DEPARTMENT_EN = "Major Projects Task Force";
    private static final String CLERK = "fgj-" + SUFFIX;
    private static final String CLERK_PASSWORD = "Fa-gai-ju-2026!";

    @TempDir
    static Path dataDir;
    private static AppProcess app;
    private static DemoApi api;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireOrSkip("SupervisionJourneyIT");
        app = AppProcess.startDemo(dataDir, "supervision");
        api = new DemoApi(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static void shot(Browser browser, String name) {
        browser.screenshot(SHOTS, "20", name);
    }

    /** Scrolls the element of this class that shows the text to the middle of the window. */
    private static void showCard(Browser browser, String cssClass, String text) {
        browser.script("""
                const card = [...document.querySelectorAll('.' + arguments[0])]
                    .find(element => element.textContent.includes(arguments[1]));
                card.scrollIntoView({block: 'center'});""", cssClass, text);
    }

    /** What a user does in a browser of their own; a failure leaves a screenshot of where it stopped. */
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

    @Test
    void aProblemTurnsRedTheLeaderInstructsOnAPhoneTheDepartmentResolvesAndTheManagerCloses() throws Exception {
        api.call("admin", "POST", "/api/departments", """
                {"code": "%s", "nameZh": "%s", "nameEn": "%s"}"""
                .formatted(DEPARTMENT, DEPARTMENT_ZH, DEPARTMENT_EN));
        api.call("admin", "POST", "/api/admin/users", """
                {"username": "%s", "displayName": "刘科长（专班）", "password": "%s", "roles": ["STAFF"],
                 "department": "%s"}""".formatted(CLERK, CLERK_PASSWORD, DEPARTMENT));
        JsonNode lead = DemoApi.json(api.call("staff", "POST", "/api/leads", """
                {"companyNameEn": "%s", "market": "LONDON"}""".formatted(COMPANY)));
        String leadId = lead.get("leadId").asText();

        as("en-US", "rules", browser -> {
            browser.signIn("admin", "demo");
            browser.open("/admin");
            browser.clickText("Light rules");
            browser.fill("Yellow card: days overdue", "1");
            browser.fill("Red card: days overdue", "1");
            browser.click("Save the rules");
            browser.waitForText("Rules saved, applying from");
            shot(browser, "1-light-rules-admin-en-1440");
        });
        as("en-US", "designate", browser -> {
            browser.signIn("manager", "demo");
            browser.open("/leads/" + leadId + "?tab=supervision");
            browser.click("Make it a key project");
            browser.choose("Responsible leader", "赵立新（副区长）");
            browser.choose("Responsible department", DEPARTMENT_EN);
            browser.fill("Goal of the year", "Sign and register this year");
            browser.click("Confirm");
            browser.waitForText("is a key project of " + LocalDate.now(BureauTime.ZONE).getYear());
            shot(browser, "2-designated-manager-en-1440");
        });
        as("zh-CN", "raise", browser -> {
            browser.signIn("staff", "demo");
            browser.open("/leads/" + leadId + "?tab=supervision");
            browser.click("提出问题");
            browser.fill("问题描述（卡在哪里）", PROBLEM);
            browser.choose("责任单位", DEPARTMENT_ZH);
            browser.choose("解决时限", LocalDate.now(BureauTime.ZONE).toString());
            browser.click("提出并交办");
            browser.waitForText("已交办给");
            browser.waitForText(PROBLEM);
            shot(browser, "3-problem-raised-staff-zh-1440");
        });

        app.close();
        app = AppProcess.startDemo(dataDir, "supervision-ahead", List.of("--zhaoshang.clock-ahead=2"));
        api = new DemoApi(app);

        as("zh-CN", "cockpit", browser -> {
            browser.resize(390, 844);
            browser.signIn("leader", "demo");
            browser.waitForText("领导驾驶舱");
            browser.waitForText(COMPANY);
            assertThat(browser.shows("逾期 2 天，已亮红牌")).as("the red card's reason in words").isTrue();
            shot(browser, "4-cockpit-leader-zh-390");
            showCard(browser, "key-project-card", COMPANY);
            shot(browser, "4b-cockpit-card-leader-zh-390");
            browser.clickIn("key-project-card", COMPANY, "批示");
            browser.fill("批示内容", "请发改局三日内协调用地指标，报我。");
            shot(browser, "5-instruction-leader-zh-390");
            browser.click("发送");
            browser.waitForText("已批示：" + COMPANY);
            browser.waitForText("请发改局三日内协调用地指标，报我。");
            shot(browser, "6-instructed-leader-zh-390");
            browser.resize(1440, 900);
            showCard(browser, "key-project-card", COMPANY);
            shot(browser, "7-cockpit-leader-zh-1440");
        });
        as("zh-CN", "resolve", browser -> {
            browser.signIn(CLERK, CLERK_PASSWORD);
            browser.open("/problems?department=" + DEPARTMENT);
            browser.waitForText(PROBLEM);
            shot(browser, "8-problems-department-zh-1440");
            browser.clickIn("problem-item", PROBLEM, "办结");
            browser.fill("如何解决的", "已调剂用地指标 12 亩");
            browser.click("确定");
            browser.waitForText("办结：" + PROBLEM.substring(0, 6));
            browser.resize(390, 844);
            shot(browser, "9-resolved-department-zh-390");
        });
        as("en-US", "close", browser -> {
            browser.signIn("manager", "demo");
            browser.open("/problems?status=RESOLVED&department=" + DEPARTMENT);
            browser.waitForText(PROBLEM);
            browser.clickIn("problem-item", PROBLEM, "Close");
            browser.click("Confirm");
            browser.waitForText("No problems match");
            assertThat(api.get("manager", "/api/problems?department=" + DEPARTMENT).toString()).contains("CLOSED");
            browser.open("/cockpit?leader=leader");
            browser.waitForText(COMPANY);
            shot(browser, "10-cockpit-manager-en-1440");
            // the leader's projects of our project's light: few enough for the grid to hold them all at once
            String light = StreamSupport.stream(api.get("manager", "/api/key-projects?leader=leader")
                                                   .get("rows").spliterator(), false)
                                        .filter(row -> row.get("leadId").asText().equals(leadId))
                                        .findFirst().orElseThrow().get("light").asText();
            browser.open("/key-projects?leader=leader&light=" + light);
            browser.waitForText(COMPANY);
            shot(browser, "11-key-projects-manager-en-1440");
            browser.resize(390, 844);
            shot(browser, "12-key-projects-manager-en-390");
        });
    }
}
