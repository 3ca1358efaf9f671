package org.zhaoshang.crm.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, nothing in the sheet is lost, in Debian's Chromium: a desk sheet with remarks and unmapped columns is
 * imported through the REST API; staff read the row's remarks and other columns in the lead's 台账 tab and its
 * timeline (at 1440 and 390 px), the lead's ambassador finds neither. Screenshots in target/screenshots.
 */
class SheetRowsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHEET = "\uFEFF公司名称,国家,招商大使,备注,进展情况,序号,对接领导,原始编号\n"
            + "格拉斯哥海洋工程有限公司,英国,Fleet Street Advisory LLP,区领导重点关注的项目，"
            + "2020年起多次对接，对方希望了解明府城片区的办公载体与人才政策,3月已回访，等待董事会意见,17,张副区长,"
            + "LX-2020-017\n";

    @TempDir
    static Path dataDir;
    private static AppProcess app;
    private static String leadId;

    @BeforeAll
    static void start() throws Exception {
        if (!Browser.available()) {
            String reason = "[SheetRowsIT] no Chromium at " + Browser.CHROMIUM + " / " + Browser.CHROMEDRIVER;
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason + ": CI must run the browser tests");
            }
            Assumptions.abort(reason);
        }
        app = AppProcess.startDemo(dataDir, "sheet-rows");
        leadId = imported();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void staffReadTheRowsRemarksAndOtherColumnsOnADeskAndOnAPhone() throws Exception {
        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.resize(1440, 900);
            browser.signIn("staff", "demo");
            browser.open("/leads/" + leadId);
            browser.clickText("台账");
            browser.waitForText("sheet-row");
            assertThat(String.join("\n", browser.texts(".sheet-row")))
                    .contains("导入自《格拉斯哥台账.csv》第2行", "备注：区领导重点关注的项目", "进展情况：3月已回访",
                              "台账中的其他列", "序号：17", "对接领导：张副区长", "原始编号：LX-2020-017");
            browser.screenshot("sheet-rows-zh-1440");
            browser.resize(390, 844);
            browser.screenshot("sheet-rows-zh-390");
            browser.resize(1440, 900);
            browser.clickText("时间线");
            browser.waitForText("timeline-changes");
            assertThat(String.join("\n", browser.texts(".timeline-changes > div")))
                    .contains("导入自《格拉斯哥台账.csv》第2行", "备注：区领导重点关注的项目",
                              "台账中的其他列：序号、对接领导、原始编号");
            browser.screenshot("sheet-rows-timeline-zh-1440");
        }
    }

    @Test
    void theLeadsAmbassadorFindsNeitherRemarksNorOtherColumns() throws Exception {
        try (Browser browser = new Browser(app.port(), "zh-CN")) {
            browser.resize(1440, 900);
            browser.signIn("ambassador", "demo");
            browser.open("/leads/" + leadId);
            browser.clickText("时间线");
            browser.waitForText("timeline-changes");
            browser.screenshot("sheet-rows-ambassador-zh-1440");
            assertThat(browser.shows("台账中的其他列")).isFalse();
            assertThat(browser.shows("区领导重点关注")).isFalse();
            assertThat(browser.shows("张副区长")).isFalse();
            assertThat(browser.shows("导入自")).isFalse();
        }
    }

    private static String imported() throws Exception {
        String boundary = "sheet-rows-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"格拉斯哥台账.csv\""
                    + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(SHEET.getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(app.uri("/api/imports?apply=true"))
                           .header("Authorization", AppProcess.basic("staff", "demo"))
                           .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                           .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var row = JSON.readTree(response.body()).get("rowReports").get(0);
        assertThat(row.get("outcome").asText()).as(response.body()).isEqualTo("CREATE");
        return row.get("leadId").asText();
    }
}
