package org.zhaoshang.crm.importing.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.importing.api.ImportOutcome;
import org.zhaoshang.crm.importing.api.ImportRowReport;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ImportViewTest extends KaribuSpringTest {

    @Test
    void aSheetIsMappedCheckedThenImportedWithItsReportInChinese() {
        signIn("staff");
        ImportView view = open(ImportView.class, Locale.SIMPLIFIED_CHINESE);
        String company = "苏格兰寿险" + UUID.randomUUID().toString().substring(0, 6);
        String sheet = "公司名称,国家,阶段,投资额,备注\n"
                       + company + ",英国,初步接洽,GBP 2m,重点\n"
                       + ",日本,线索,,没有名称\n"
                       + company + "二期,英国,正式签约,500,缺签约信息\n";

        view.received("台账.csv", sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(view.file.getText()).isEqualTo("台账.csv：3 行");
        assertThat(view.chosenMapping()).containsEntry("公司名称", ImportField.COMPANY_NAME)
                                        .containsEntry("国家", ImportField.COUNTRY)
                                        .containsEntry("备注", ImportField.IGNORED);
        _setValue(view.rates.get("GBP"), new BigDecimal("9.05"));

        _click(view.check);
        awaitReport(view);
        assertThat(view.summary.getText()).startsWith("将新建 1 · 将更新 0 · 已导入过 0 · 重复 0 · 出错 2");
        assertThat(GridKt._getFormatted(view.report, 1, "messages")).isEqualTo("公司名称：必填");
        assertThat(GridKt._getFormatted(view.report, 2, "messages"))
                .contains("阶段：此阶段需要考察日期（实地考察及以后）")
                .contains("阶段：此阶段需要签约日期（正式签约及以后）");
        assertThat(view.apply.isEnabled()).isTrue();

        _click(view.apply);
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.runUIQueue(false);
            return view.summary.getText().startsWith("已新建 1");
        });
        ImportRowReport created = GridKt._get(view.report, 0);
        assertThat(created.outcome()).isEqualTo(ImportOutcome.CREATE);
        assertThat(created.leadId()).isNotNull();
        assertThat(view.apply.isEnabled()).isFalse();
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWithAClearMessage() {
        signIn("manager");
        ImportView view = open(ImportView.class, Locale.ENGLISH);

        view.received("minutes.docx", new byte[]{'P', 'K', 3, 4, 0});

        NotificationsKt.expectNotifications("Only .xlsx and .csv files are read (save an old .xls as .xlsx)");
        assertThat(view.check.isVisible()).isTrue();
        assertThat(view.file.getText()).isEmpty();
    }

    private static void awaitReport(ImportView view) {
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.runUIQueue(false);
            return view.summary.getText() != null && !view.summary.getText().isEmpty();
        });
    }
}
