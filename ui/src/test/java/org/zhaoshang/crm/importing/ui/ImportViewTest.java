package org.zhaoshang.crm.importing.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.importing.api.ImportOutcome;
import org.zhaoshang.crm.importing.api.ImportRowReport;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

        view.upload.received("台账.csv", sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(view.mapping.file.getText()).isEqualTo("台账.csv：3 行");
        assertThat(view.mapping.chosenMapping()).containsEntry("公司名称", ImportField.COMPANY_NAME)
                                        .containsEntry("国家", ImportField.COUNTRY)
                                        .containsEntry("备注", ImportField.REMARKS);
        _setValue(view.rates.rates.get("GBP"), new BigDecimal("9.05"));
        _setValue(view.stagePolicy.choice, StagePolicy.STRICT);

        _click(view.run.check);
        awaitReport(view);
        assertThat(view.report.summary.getText()).startsWith("将新建 1 · 将更新 0 · 已导入过 0 · 重复 0 · 出错 2");
        assertThat(GridKt._getFormatted(view.report.rows, 1, "messages")).isEqualTo("公司名称：必填");
        assertThat(GridKt._getFormatted(view.report.rows, 2, "messages"))
                .contains("阶段：此阶段需要考察日期（实地考察及以后）")
                .contains("阶段：此阶段需要签约日期（正式签约及以后）");
        assertThat(view.run.apply.isEnabled()).isTrue();

        _click(view.run.apply);
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.runUIQueue(false);
            return view.report.summary.getText().startsWith("已新建 1");
        });
        ImportRowReport created = GridKt._get(view.report.rows, 0);
        assertThat(created.outcome()).isEqualTo(ImportOutcome.CREATE);
        assertThat(created.leadId()).isNotNull();
        assertThat(view.run.apply.isEnabled()).isFalse();
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWithAClearMessage() {
        signIn("manager");
        ImportView view = open(ImportView.class, Locale.ENGLISH);

        view.upload.received("minutes.docx", new byte[]{'P', 'K', 3, 4, 0});

        NotificationsKt.expectNotifications("Only .xlsx and .csv files are read (save an old .xls as .xlsx)");
        assertThat(view.run.check.isVisible()).isTrue();
        assertThat(view.mapping.file.getText()).isEmpty();
    }

    @Test
    void aThreeGigabyteUploadIsRefusedInlineAfterTwentyMegabytesWithoutStoringIt() {
        signIn("staff");
        ImportView view = open(ImportView.class, Locale.ENGLISH);
        long[] read = new long[1];
        InputStream threeGigabytes = new InputStream() {
            @Override
            public int read() {
                return read(new byte[1], 0, 1) < 0 ? -1 : 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int count = (int) Math.min(length, 3L * 1024 * 1024 * 1024 - read[0]);
                if (count <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(buffer, offset, offset + count, (byte) 'a');
                read[0] += count;
                return count;
            }
        };
        Part part = (Part) Proxy.newProxyInstance(Part.class.getClassLoader(), new Class<?>[]{Part.class},
                (proxy, method, arguments) -> method.getName().equals("getInputStream") ? threeGigabytes : null);
        UploadEvent upload = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                                             VaadinSession.getCurrent(), "huge.csv", 3L * 1024 * 1024 * 1024,
                                             "text/csv", view.upload.getElement(), null, part);
        long started = System.nanoTime();

        try {
            UploadKt.get_handler(view.upload).handleUploadRequest(upload);
        } catch (IOException refused) {
            // the upload is answered as failed: the rest of it is not read
        }
        MockVaadin.runUIQueue(false);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(read[0]).isLessThan(21L * 1024 * 1024);
        NotificationsKt.expectNotifications("The file is too large: at most 20 MB (a workbook unpacks to at most "
                                            + "100 MB per sheet; at most 3,000,000 filled cells)");
        assertThat(view.mapping.file.getText()).isEmpty();
    }

    @Test
    void aWorkbookDeclaringRowTwoBillionIsRefusedInlineAtOnce() {
        signIn("manager");
        ImportView view = open(ImportView.class, Locale.ENGLISH);
        long started = System.nanoTime();

        UploadKt._upload(view.upload, "rows.xlsx", "application/octet-stream", xlsxDeclaringRowTwoBillion());
        MockVaadin.runUIQueue(false);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        NotificationsKt.expectNotifications("More than 50,000 rows: split the sheet");
    }

    /** A workbook of a header and one value in row 2,000,000,000 (about 1.5 KB). */
    private static byte[] xlsxDeclaringRowTwoBillion() {
        String main = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        String relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + main + ".sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + main + ".worksheet+xml\"/></Types>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + relations + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"" + relations + "\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"" + relations + "/worksheet\""
                + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Company</t></is></c></row>"
                + "<row r=\"2000000000\"><c r=\"A2000000000\" t=\"inlineStr\"><is><t>Thames Capital</t></is></c></row>"
                + "</sheetData></worksheet>");
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return zipped.toByteArray();
    }

    private static void awaitReport(ImportView view) {
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.runUIQueue(false);
            return view.report.summary.getText() != null && !view.report.summary.getText().isEmpty();
        });
    }

    @Test
    void stagesAreImportedAsRecordedUnlessTheUserChoosesOtherwiseAndTheReportSaysWhatIsMissing() {
        signIn("staff");
        ImportView view = open(ImportView.class, Locale.SIMPLIFIED_CHINESE);
        String company = "渣打台账" + UUID.randomUUID().toString().substring(0, 6);
        String sheet = "公司名称,国家,阶段,投资额,拟落地片区\n" + company + ",英国,正式签约,500,金融城\n";
        view.upload.received("台账.csv", sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(view.stagePolicy.choice.getValue()).isEqualTo(StagePolicy.AS_RECORDED);
        assertThat(view.stagePolicy.getElement().getTextRecursively()).contains("阶段缺少关卡资料时");
        _click(view.run.check);
        awaitReport(view);
        assertThat(view.report.summary.getText()).startsWith("将新建 1");
        assertThat(GridKt._getFormatted(view.report.rows, 0, "messages"))
                .contains("缺考察记录：已按表中阶段导入，记为待补资料")
                .contains("缺签约日期：已按表中阶段导入，记为待补资料");
        assertThat(view.run.apply.isEnabled()).isTrue();

        _setValue(view.stagePolicy.choice, StagePolicy.HIGHEST_SUPPORTED);
        assertThat(view.run.apply.isEnabled()).isFalse();
        _click(view.run.check);
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.runUIQueue(false);
            return GridKt._getFormatted(view.report.rows, 0, "messages")
                         .contains("表中阶段缺少关卡资料，已降到资料能支持的最高阶段");
        });
    }
}
