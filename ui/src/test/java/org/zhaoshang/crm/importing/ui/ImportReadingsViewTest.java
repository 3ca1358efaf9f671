package org.zhaoshang.crm.importing.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.importing.api.ImportOutcome;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The import view with values as people type them: blank rows counted, amounts in 元 by a switch, approximations. */
class ImportReadingsViewTest extends KaribuSpringTest {

    @Test
    void blankRowsAreCountedAsEmptyAndASwitchReadsBareNumbersAsYuan() {
        signIn("staff");
        ImportView view = open(ImportView.class, Locale.SIMPLIFIED_CHINESE);
        String company = "元计资本" + UUID.randomUUID().toString().substring(0, 6);
        String sheet = "公司名称,国家,阶段,投资额\n"
                       + company + ",英国,线索,120000000\n"
                       + ",,,\n"
                       + "\u3000, , ,\u3000\n"
                       + company + "二期,英国,暂缓,约800万\n";
        view.upload.received("台账.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(view.bareNumbersInYuan.getLabel()).isEqualTo("无单位的金额以元计");
        assertThat(view.bareNumbersInYuan.getValue()).isFalse();

        _click(view.run.check);
        awaitSummary(view, "将新建 1");
        assertThat(view.report.summary.getText())
                .isEqualTo("将新建 1 · 将更新 0 · 已导入过 0 · 重复 0 · 出错 1 · 空行 2");
        assertThat(GridKt._getFormatted(view.report.rows, 0, "messages")).isEqualTo(
                "投资额：“120000000”按万元计过大，应是以元为单位，即 12000 万元：请改写为“12000万”，"
                + "或勾选“无单位的金额以元计”后重新检查");
        assertThat(GridKt._get(view.report.rows, 1).outcome()).isEqualTo(ImportOutcome.EMPTY);
        assertThat(GridKt._getFormatted(view.report.rows, 1, "outcome")).contains("空行");
        assertThat(GridKt._getFormatted(view.report.rows, 3, "messages"))
                .isEqualTo("投资额：约数，按 800 万元 读入（表中为“约800万”）");

        _setValue(view.bareNumbersInYuan, true);
        assertThat(view.run.apply.isEnabled()).as("a changed reading is checked again first").isFalse();
        _click(view.run.check);
        awaitSummary(view, "将新建 2");
        assertThat(view.report.summary.getText()).endsWith("出错 0 · 空行 2");
        assertThat(view.run.apply.isEnabled()).isTrue();

        _click(view.run.apply);
        awaitSummary(view, "已新建 2");
        assertThat(view.report.summary.getText()).endsWith("空行已跳过 2");
    }

    @Test
    void theSwitchAndTheEmptyCountSpeakEnglish() {
        signIn("manager");
        ImportView view = open(ImportView.class, Locale.ENGLISH);
        view.upload.received("desk.csv", ("Company,Market,Investment\n,,\nEnglish Yuan Ltd " + UUID.randomUUID()
                                          + ",UK,about 8m\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.bareNumbersInYuan.getLabel()).isEqualTo("Amounts without a unit are in 元");

        _click(view.run.check);
        awaitSummary(view, "to create 1");
        assertThat(view.report.summary.getText()).endsWith("empty rows 1");
        assertThat(GridKt._getFormatted(view.report.rows, 1, "messages"))
                .isEqualTo("Investment: Approximate: read as 800 万元 (the sheet says \"about 8m\")");
    }

    private static void awaitSummary(ImportView view, String start) {
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.runUIQueue(false);
            return view.report.summary.getText() != null && view.report.summary.getText().startsWith(start);
        });
    }
}
