package vn.dtiplan.infrastructure.document;

import static vn.dtiplan.infrastructure.document.PageLayout.FONT;
import static vn.dtiplan.infrastructure.document.PageLayout.TABLE_PT;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The few Word building blocks the plan writer needs, on top of Apache POI's XWPF model. */
final class Docx {

    private static final int FIRST_LINE_INDENT = (int) PageLayout.twips(10);
    private static final int SPACING_AFTER = 120;

    private final XWPFDocument doc;

    Docx(XWPFDocument doc) {
        this.doc = doc;
    }

    /** Times New Roman at the body size as the document default, for anything without its own run font. */
    void defaultFont(int points) {
        var styles = doc.createStyles();
        var defaults = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults.Factory.newInstance();
        CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rPr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        rPr.addNewLang().setVal("vi-VN");
        var ctStyles = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        ctStyles.setDocDefaults(defaults);
        styles.setStyles(ctStyles);
    }

    XWPFRun text(XWPFParagraph paragraph, String text, int points, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    /** Lines of one paragraph separated by line breaks (a heading that must break where the office breaks it). */
    void lines(XWPFParagraph paragraph, java.util.List<String> lines, int points, boolean bold) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = text(paragraph, lines.get(i), points, bold, false);
            if (i < lines.size() - 1) {
                run.addBreak();
            }
        }
    }

    void bold(XWPFParagraph paragraph, String text) {
        text(paragraph, text, PageLayout.BODY_PT, true, false);
    }

    XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        return paragraph;
    }

    /** The first (always present) paragraph of a cell, centred. */
    XWPFParagraph first(XWPFTableCell cell) {
        return centred(cell.getParagraphs().get(0));
    }

    /** A justified body paragraph, its first line indented 1 cm, 6 pt after, line spacing 1.15. */
    XWPFParagraph body(XWPFParagraph paragraph, boolean indent) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setSpacingAfter(SPACING_AFTER);
        paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        paragraph.setFirstLineIndent(indent ? FIRST_LINE_INDENT : 0);
        return paragraph;
    }

    /**
     * A short centred rule: the bottom border of an empty paragraph indented to {@code width},
     * its paragraph mark 4 pt high so the rule sits just under the line above.
     */
    void rule(XWPFParagraph paragraph, long width) {
        XWPFParagraph p = centred(paragraph);
        p.setBorderBottom(Borders.SINGLE);
        var mark = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var markRun = mark.isSetRPr() ? mark.getRPr() : mark.addNewRPr();
        markRun.addNewSz().setVal(BigInteger.valueOf(8));
        markRun.addNewSzCs().setVal(BigInteger.valueOf(8));
        long available = paragraph.getBody() instanceof XWPFTableCell cell ? cellWidth(cell) : widthOfText();
        int side = (int) Math.max(0, (available - width) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setSpacingAfter(80);
    }

    private long widthOfText() {
        return PageLayout.twips(PageLayout.A4_SHORT_MM - PageLayout.LEFT_MM - PageLayout.RIGHT_MM);
    }

    private static long cellWidth(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr().getTcW().getW() instanceof BigInteger w ? w.longValue() : 0;
    }

    /** A PAGE field, centred, in the body font. */
    void pageNumber(XWPFParagraph paragraph) {
        centred(paragraph);
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        var run = field.addNewR();
        CTRPr rPr = run.addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        rPr.addNewSz().setVal(BigInteger.valueOf(PageLayout.BODY_PT * 2L));
        run.addNewT().setStringValue("2");
    }

    XWPFTable borderlessTable(int rows, int columns, long... widths) {
        XWPFTable table = doc.createTable(rows, columns);
        table.removeBorders();
        table.setCellMargins(0, 0, 0, 0);
        fixedWidths(table, widths);
        return table;
    }

    XWPFTable gridTable(int rows, long width, double[] shares) {
        XWPFTable table = doc.createTable(rows, shares.length);
        long[] widths = new long[shares.length];
        long used = 0;
        for (int c = 0; c < shares.length; c++) {
            widths[c] = c == shares.length - 1 ? width - used : Math.round(width * shares[c]);
            used += widths[c];
        }
        fixedWidths(table, widths);
        return table;
    }

    private static void fixedWidths(XWPFTable table, long... widths) {
        long total = 0;
        for (long w : widths) {
            total += w;
        }
        var tblPr = table.getCTTbl().getTblPr();
        CTTblWidth tblW = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        tblW.setType(STTblWidth.DXA);
        tblW.setW(BigInteger.valueOf(total));
        CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                var tcPr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }

    void repeatAsHeader(XWPFTableRow row) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
    }

    void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        text(p, text, TABLE_PT, bold, false);
    }
}
