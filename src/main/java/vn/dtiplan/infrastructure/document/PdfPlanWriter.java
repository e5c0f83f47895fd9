package vn.dtiplan.infrastructure.document;

import static vn.dtiplan.infrastructure.document.PageLayout.*;
import static vn.dtiplan.infrastructure.document.PdfFonts.font;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.dtiplan.domain.document.Appendix;
import vn.dtiplan.domain.document.AppendixRow;
import vn.dtiplan.domain.document.Block;
import vn.dtiplan.domain.document.PlanDocument;
import vn.dtiplan.domain.document.Section;

/**
 * Writes a {@link PlanDocument} as PDF with OpenPDF, in the same layout as {@link DocxPlanWriter}
 * (page and sizes from {@link PageLayout}), with Liberation Serif embedded ({@link PdfFonts}).
 *
 * <p>OpenPDF 2.0.x is the last line that runs on Java 17. The header and the signature block are
 * borderless tables like in the DOCX; rules are line separators; the page number is drawn by a
 * page event at the top centre of every page but the first; the appendix starts a landscape page.
 * Justified lines use OpenPDF's default mix of word and letter spacing: with Identity-H fonts its
 * word-spacing-only mode (a large space/char ratio) also widens the last line of a paragraph.
 */
public final class PdfPlanWriter {

    private static final float LEADING = BODY_PT * 1.32f;
    private static final float INDENT = points(10);
    private static final float AFTER = 6;
    /** A rule's distance under the baseline above it: clear of descenders (about 3 pt at 14 pt). */
    private static final float RULE_BELOW_BASELINE = 7;

    public byte[] write(PlanDocument plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, points(LEFT_MM), points(RIGHT_MM), points(TOP_MM), points(BOTTOM_MM));
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers());
            document.addTitle(PlanDocument.KIND + " " + plan.title());
            document.addCreator("dtiplan");
            document.open();
            body(document, plan);
            Appendix appendix = plan.appendixIfAny().orElse(null);
            if (appendix != null) {
                appendix(document, plan, appendix);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF layout failed", e);
        }
        return out.toByteArray();
    }

    private void body(Document document, PlanDocument plan) {
        document.add(header(plan));
        document.add(centred(PlanDocument.KIND, font(BODY_PT, true, false), 18));
        document.add(centred(plan.title(), font(BODY_PT, true, false), 0));
        document.add(rule(33, 0));
        plan.legalBases().forEach(text -> document.add(paragraph(text)));
        plan.sections().forEach(section -> section(document, section));
        document.add(closingAndSignature(plan));
    }

    /** The closing sentence and the signature block kept on one page: no page holds the signature alone. */
    private PdfPTable closingAndSignature(PlanDocument plan) {
        PdfPTable outer = borderless(new float[]{100});
        outer.setKeepTogether(true);
        PdfPCell cell = cell();
        if (plan.closing() != null) {
            cell.addElement(paragraph(plan.closing()));
        }
        cell.addElement(signature(plan));
        outer.addCell(cell);
        return outer;
    }

    private PdfPTable header(PlanDocument plan) {
        PdfPTable table = borderless(new float[]{38, 62});
        PdfPCell bodies = cell();
        plan.authority().governingBodyLine().ifPresent(
                line -> bodies.addElement(centred(line, font(GOVERNING_BODY_PT, false, false), 0)));
        plan.authority().issuingBodyLines().forEach(
                line -> bodies.addElement(centred(line, font(NATION_PT, true, false), 0)));
        bodies.addElement(rule(33, 3));
        PdfPCell nation = cell();
        nation.addElement(centred(PlanDocument.NATION, font(NATION_PT, true, false), 0));
        nation.addElement(centred(PlanDocument.MOTTO, font(BODY_PT, true, false), 0));
        nation.addElement(rule(62, 3));
        table.addCell(bodies);
        table.addCell(nation);
        PdfPCell number = cell();
        number.addElement(centred(plan.numberLine(), font(NATION_PT, false, false), 4));
        PdfPCell date = cell();
        date.addElement(centred(plan.dateLine(), font(BODY_PT, false, true), 4));
        table.addCell(number);
        table.addCell(date);
        return table;
    }

    private void section(Document document, Section section) {
        document.add(paragraph(new Phrase(section.heading(), font(BODY_PT, true, false))));
        for (Block block : section.blocks()) {
            document.add(block(block));
        }
    }

    private Paragraph block(Block block) {
        if (block instanceof Block.Heading h) {
            return paragraph(new Phrase(h.text(), font(BODY_PT, true, false)));
        }
        if (block instanceof Block.Labelled l) {
            Phrase phrase = new Phrase();
            phrase.setFont(font(BODY_PT, false, false));
            phrase.add(new Chunk(l.prefix(), font(BODY_PT, true, false)));
            phrase.add(new Chunk(l.text(), font(BODY_PT, false, false)));
            return paragraph(phrase);
        }
        if (block instanceof Block.Bullet b) {
            return paragraph(b.line());
        }
        return paragraph(((Block.Paragraph) block).text());
    }

    private PdfPTable signature(PlanDocument plan) {
        PdfPTable table = borderless(new float[]{50, 50});
        table.setSpacingBefore(6);
        table.setKeepTogether(true);
        PdfPCell recipients = cell();
        Paragraph heading = new Paragraph(PlanDocument.RECIPIENTS_HEADING, font(RECIPIENTS_HEADING_PT, true, true));
        recipients.addElement(heading);
        for (String line : plan.recipientLines()) {
            Paragraph p = new Paragraph(RECIPIENTS_PT * 1.15f, line, font(RECIPIENTS_PT, false, false));
            recipients.addElement(p);
        }
        PdfPCell signer = cell();
        plan.signature().authorityLine().ifPresent(a -> signer.addElement(centred(a, font(BODY_PT, true, false), 0)));
        signer.addElement(centred(plan.signature().titleLine(), font(BODY_PT, true, false), 0));
        signer.addElement(centred(plan.signature().nameLine(), font(BODY_PT, true, false), 80));
        table.addCell(recipients);
        table.addCell(signer);
        return table;
    }

    private void appendix(Document document, PlanDocument plan, Appendix appendix) {
        document.setPageSize(PageSize.A4.rotate());
        document.newPage();
        document.add(centred("PHỤ LỤC", font(BODY_PT, true, false), 0));
        document.add(centred(appendix.heading(), font(BODY_PT, true, false), 0));
        document.add(centred(plan.appendixCaption(), font(BODY_PT, false, true), 0));
        float[] widths = new float[APPENDIX_COLUMNS.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) APPENDIX_COLUMNS[i];
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String header : AppendixRow.HEADERS) {
            table.addCell(gridCell(header, true, Element.ALIGN_CENTER));
        }
        for (AppendixRow row : appendix.rows()) {
            List<String> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                table.addCell(gridCell(cells.get(c), row.group(), c <= 1 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT));
            }
        }
        document.add(table);
    }

    private static PdfPCell gridCell(String text, boolean bold, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(TABLE_PT * 1.25f, text, font(TABLE_PT, bold, false)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static Paragraph paragraph(String text) {
        return paragraph(new Phrase(text, font(BODY_PT, false, false)));
    }

    private static Paragraph paragraph(Phrase phrase) {
        Paragraph p = new Paragraph(phrase);
        p.setLeading(LEADING);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(INDENT);
        p.setSpacingAfter(AFTER);
        return p;
    }

    private static Paragraph centred(String text, Font font, float before) {
        Paragraph p = new Paragraph(font.getSize() * 1.2f, text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    private static Paragraph rule(float percent, float after) {
        Chunk line = new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 0));
        line.setFont(font(4, false, false));
        Paragraph p = new Paragraph(RULE_BELOW_BASELINE, line);
        p.setSpacingAfter(after + 2);
        return p;
    }

    private static PdfPTable borderless(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /** The page number, centred in the top margin, from page 2 on. */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page < 2) {
                return;
            }
            float x = (document.left() + document.right()) / 2;
            float y = document.getPageSize().getHeight() - points(HEADER_MM) - BODY_PT;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(Integer.toString(page), font(BODY_PT, false, false)), x, y, 0);
        }
    }
}
