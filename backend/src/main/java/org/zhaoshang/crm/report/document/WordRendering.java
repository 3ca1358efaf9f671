package org.zhaoshang.crm.report.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * A report as a Word document in the bureau's sober style: A4 (on its side for wide tables), the title centred in 黑体,
 * the line of what it is as known at in 仿宋, each section's heading in 黑体 and its table in 宋体 with a shaded header
 * row repeated on every page. East Asian text gets its fonts explicitly (rFonts eastAsia), Latin text Times New Roman.
 */
final class WordRendering {

    static final String TITLE_FONT = "黑体";
    static final String TEXT_FONT = "宋体";
    static final String LINE_FONT = "仿宋";
    private static final String LATIN_FONT = "Times New Roman";
    private static final int A4_SHORT = 11_906;
    private static final int A4_LONG = 16_838;
    /** 2 cm at top and bottom, 1.8 cm at the sides, in twentieths of a point. */
    private static final int MARGIN_VERTICAL = 1_134;
    private static final int MARGIN_SIDE = 1_020;
    private static final String HEADER_SHADE = "D9D9D9";

    private WordRendering() {
    }

    static byte[] render(ReportLayout layout) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int textWidth = page(document, layout.landscape());
            document.getProperties().getCoreProperties().setTitle(layout.title());
            paragraph(document, layout.title(), TITLE_FONT, 18, true, ParagraphAlignment.CENTER, 120);
            paragraph(document, layout.asKnown(), LINE_FONT, 12, false, ParagraphAlignment.CENTER, 240);
            int textSize = layout.landscape() ? 9 : 10;
            ReportWords words = new ReportWords(layout.language());
            for (Section section : layout.sections()) {
                paragraph(document, section.title(), TITLE_FONT, 14, false, ParagraphAlignment.LEFT, 120);
                if (section.rows().isEmpty()) {
                    paragraph(document, words.text("none"), TEXT_FONT, 11, false, ParagraphAlignment.LEFT, 200);
                } else {
                    table(document, section, textWidth, textSize, words);
                }
                if (section.note() != null) {
                    paragraph(document, section.note(), LINE_FONT, 10, false, ParagraphAlignment.LEFT, 200);
                } else {
                    paragraph(document, "", TEXT_FONT, 6, false, ParagraphAlignment.LEFT, 120);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4, upright or on its side; answers the width between the margins. */
    private static int page(XWPFDocument document, boolean landscape) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_VERTICAL));
        margins.setBottom(BigInteger.valueOf(MARGIN_VERTICAL));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN_SIDE;
    }

    private static void paragraph(XWPFDocument document, String text, String font, int size, boolean bold,
                                  ParagraphAlignment alignment, int spacingAfter) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(spacingAfter);
        write(paragraph, text, font, size, bold);
    }

    private static void table(XWPFDocument document, Section section, int textWidth, int textSize,
                              ReportWords words) {
        List<Integer> widths = twips(section.widths(), textWidth);
        XWPFTable table = document.createTable(section.rows().size() + 1, section.headers().size());
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                                                               : table.getCTTbl().getTblGrid();
        grid.getGridColList().clear();
        widths.forEach(column -> grid.addNewGridCol().setW(BigInteger.valueOf(column)));
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int column = 0; column < section.headers().size(); column++) {
            XWPFTableCell cell = cell(header, column, widths.get(column));
            CTShd shade = cell.getCTTc().getTcPr().addNewShd();
            shade.setVal(STShd.CLEAR);
            shade.setFill(HEADER_SHADE);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            write(paragraph, section.headers().get(column), TITLE_FONT, textSize, false);
        }
        for (int line = 0; line < section.rows().size(); line++) {
            XWPFTableRow row = table.getRow(line + 1);
            row.setCantSplitRow(true);
            List<Cell> cells = section.rows().get(line);
            for (int column = 0; column < cells.size(); column++) {
                XWPFParagraph paragraph = cell(row, column, widths.get(column)).getParagraphs().get(0);
                Cell content = cells.get(column);
                paragraph.setAlignment(content instanceof Cell.Text ? ParagraphAlignment.LEFT
                                                                    : ParagraphAlignment.CENTER);
                write(paragraph, CellWords.written(content, words), TEXT_FONT, textSize, false);
            }
        }
    }

    private static XWPFTableCell cell(XWPFTableRow row, int column, int width) {
        XWPFTableCell cell = row.getCell(column);
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth cellWidth = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        cellWidth.setType(STTblWidth.DXA);
        cellWidth.setW(BigInteger.valueOf(width));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        return cell;
    }

    /** The text in runs of the font (East Asian and Latin set apart), lines separated by breaks. */
    private static void write(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
            run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
            run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
            run.setFontSize(size);
            run.setBold(bold);
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static List<Integer> twips(List<Integer> relative, int textWidth) {
        int total = relative.stream().mapToInt(Integer::intValue).sum();
        return relative.stream().map(part -> part * textWidth / total).toList();
    }
}
