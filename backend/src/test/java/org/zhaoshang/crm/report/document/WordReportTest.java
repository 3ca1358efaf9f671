package org.zhaoshang.crm.report.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.zhaoshang.crm.report.ReportSamples;
import org.zhaoshang.crm.report.api.ReportFormat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatch and the circular as Word documents, opened again with XWPF: title, the line of what they are as known
 * at, tables with their header row and cells in words (万元/亿元, percentages, lights), the East Asian fonts, the
 * dispatch on a landscape page; in Chinese and in English. The files are left in target/report-pages to be looked at.
 */
class WordReportTest {

    private final ReportDocuments documents = TestNames.documents();

    @Test
    void theDispatchInChineseIsATitledLandscapeTableInTheBureausWords() throws IOException {
        ReportFile file = documents.dispatch(ReportSamples.dispatch(), ReportFormat.DOCX, ReportLanguage.ZH);

        assertThat(file.fileName()).isEqualTo("重点项目调度表_2026-W49.docx");
        assertThat(file.contentType()).isEqualTo(ReportFile.DOCX);
        try (XWPFDocument document = open(file, "dispatch-zh.docx")) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("重点项目调度表（2026年第49周）");
            assertThat(paragraphs.get(1).getText()).isEqualTo("统计时段：2026年11月30日至2026年12月6日；数据截至2026年12月6日日终。");
            assertThat(eastAsiaFont(paragraphs.get(0).getRuns().get(0))).isEqualTo("黑体");
            CTPageSz page = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat((BigInteger) page.getW()).isGreaterThan((BigInteger) page.getH());

            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRows()).hasSize(4);
            assertThat(texts(table.getRow(0))).containsExactly(
                    "序号", "变化", "项目（负责人）", "包挂领导", "责任单位", "所处阶段", "亮灯情况", "本周进展", "存在问题", "下步工作",
                    "承诺资金", "应到位", "已认定到位");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            List<String> red = texts(table.getRow(1));
            assertThat(red.get(1)).isEqualTo("↓ +问");
            assertThat(red.get(2)).isEqualTo("巴克莱银行（中国）\n负责人：张伟");
            assertThat(red.get(6)).startsWith("红灯\n问题逾期12天，红牌督办；承诺节点“注册”逾期20天").endsWith("上周：黄灯");
            assertThat(red.get(7)).isEqualTo("2026年12月1日 与企业视频会商注册事宜");
            assertThat(red.get(8)).isEqualTo("注册地址核验未完成（区发改局，办理中，红牌，2026年11月25日前办结，逾期12天）");
            assertThat(red.get(9)).isEqualTo("2026年12月9日前：完成注册地址核验（周敏）");
            assertThat(red.subList(10, 13)).containsExactly("15 亿元", "5 亿元", "8,000 万元");
            assertThat(texts(table.getRow(2)).get(5)).isEqualTo("洽谈\n上周：实地考察");
            assertThat(texts(table.getRow(3)).get(1)).isEqualTo("新");
            assertThat(eastAsiaFont(table.getRow(1).getCell(2).getParagraphs().get(0).getRuns().get(0)))
                    .isEqualTo("宋体");
            assertThat(document.getTables().get(1).getRow(1).getCell(0).getText()).isEqualTo("首尔生物");
            assertThat(document.getTables()).hasSize(2);
        }
    }

    @Test
    void theDispatchInEnglishSaysTheSame() throws IOException {
        ReportFile file = documents.dispatch(ReportSamples.dispatch(), ReportFormat.DOCX, ReportLanguage.EN);

        assertThat(file.fileName()).isEqualTo("Key-projects-dispatch_2026-W49.docx");
        try (XWPFDocument document = open(file, "dispatch-en.docx")) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Key Projects Dispatch (Week 49, 2026)");
            assertThat(document.getParagraphs().get(1).getText())
                    .isEqualTo("Period 30 Nov 2026 to 6 Dec 2026, as known at the end of 6 Dec 2026.");
            List<String> red = texts(document.getTables().get(0).getRow(1));
            assertThat(red.get(4)).isEqualTo("District Development and Reform Bureau");
            assertThat(red.get(6)).startsWith("red\na problem 12 days overdue, red card");
            assertThat(red.subList(10, 13)).containsExactly("CNY 1.5 billion", "CNY 500 million", "CNY 80 million");
            assertThat(eastAsiaFont(document.getParagraphs().get(0).getRuns().get(0))).isEqualTo("黑体");
        }
    }

    @Test
    void theCircularInChineseHasTargetsRatesFunnelRedListsAndRankings() throws IOException {
        ReportFile file = documents.circular(ReportSamples.circular(), ReportFormat.DOCX, ReportLanguage.ZH);

        assertThat(file.fileName()).isEqualTo("招商工作通报_2026-11.docx");
        try (XWPFDocument document = open(file, "circular-zh.docx")) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("招商工作通报（2026年11月）");
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient()).isNotEqualTo(
                    STPageOrientation.LANDSCAPE);
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(8);
            assertThat(texts(tables.get(0).getRow(1))).containsExactly("签约项目（个）", "40", "3", "28", "70.0%");
            assertThat(texts(tables.get(0).getRow(2))).containsExactly("签约投资（协议额）", "200 亿元", "8.5 亿元",
                                                                       "135 亿元", "67.5%");
            assertThat(texts(tables.get(1).getRow(1))).containsExactly("注册率", "18", "24", "75.0%");
            assertThat(texts(tables.get(2).getRow(0))).startsWith("市场", "线索").endsWith("成功率");
            assertThat(tables.get(2).getRows()).hasSize(7);
            assertThat(texts(tables.get(3).getRow(1))).containsExactly("1", "巴克莱银行（中国）", "赵立新", "区发改局", "正式签约",
                                                                       "问题逾期12天，红牌督办", "3");
            assertThat(texts(tables.get(4).getRow(2)).get(3)).isEqualTo("区自然资源局");
            assertThat(texts(tables.get(5).getRow(1))).containsExactly("1", "张伟", "9", "40", "62 亿元");
            assertThat(texts(tables.get(7).getRow(1))).containsExactly("1", "区发改局", "8", "10", "80.0%");
        }
    }

    @Test
    void theCircularInEnglishNamesDepartmentsInEnglish() throws IOException {
        ReportFile file = documents.circular(ReportSamples.circular(), ReportFormat.DOCX, ReportLanguage.EN);

        try (XWPFDocument document = open(file, "circular-en.docx")) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(
                    "Investment Promotion Circular (November 2026)");
            assertThat(texts(document.getTables().get(7).getRow(1)).get(1))
                    .isEqualTo("District Development and Reform Bureau");
            assertThat(texts(document.getTables().get(0).getRow(2)).get(3)).isEqualTo("CNY 13.5 billion");
        }
    }

    @Test
    void factsRecordedLateCloseTheReportWhenTheContentHasThem() throws IOException {
        ReportFile file = documents.dispatch(ReportSamples.dispatch(ReportSamples.lateFacts()), ReportFormat.DOCX,
                                             ReportLanguage.ZH);

        try (XWPFDocument document = open(file, "dispatch-late-zh.docx")) {
            assertThat(document.getParagraphs().get(1).getText()).contains("另附此后补录的本时段事项");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                                                .contains("三、补录事项（本时段内发生、时段结束后登记）");
            XWPFTable late = document.getTables().get(2);
            assertThat(texts(late.getRow(1))).containsExactly("2026年12月4日", "2026年12月8日", "巴克莱银行（中国）", "对接活动",
                                                              "补录：与企业电话沟通");
        }
    }

    private static XWPFDocument open(ReportFile file, String keptAs) throws IOException {
        Path pages = Path.of("target", "report-pages");
        Files.createDirectories(pages);
        Files.write(pages.resolve(keptAs), file.content());
        return new XWPFDocument(new ByteArrayInputStream(file.content()));
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getParagraphs().get(0).getText()).toList();
    }

    private static String eastAsiaFont(XWPFRun run) {
        return run.getFontFamily(XWPFRun.FontCharRange.eastAsia);
    }
}
