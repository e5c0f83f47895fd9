package vn.dtiplan.infrastructure.document;

import static vn.dtiplan.infrastructure.document.PageLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.dtiplan.domain.document.Appendix;
import vn.dtiplan.domain.document.AppendixRow;
import vn.dtiplan.domain.document.Block;
import vn.dtiplan.domain.document.PlanDocument;
import vn.dtiplan.domain.document.Section;

/**
 * Writes a {@link PlanDocument} as a Word document in the layout of Decree 30/2020/NĐ-CP,
 * Appendix I (see {@link PageLayout} for page and sizes).
 *
 * <p>Layout decisions: the header is a borderless two-column table (issuing bodies and number
 * on the left, nation, motto and date on the right, each column centred) so both columns keep
 * their alignment when Word reflows; the short rules under the issuing body, the motto and the
 * title are bottom borders of empty, indented paragraphs, which survive editing better than
 * drawn lines. Page numbers are a PAGE field centred in the header, hidden on the first page
 * (a "different first page" header). An appendix goes into its own landscape section; its table
 * repeats its header row on every page. Every run names Times New Roman, which every
 * Vietnamese office has; the file embeds no fonts.
 */
public final class DocxPlanWriter {

    private static final long TEXT_WIDTH = twips(A4_SHORT_MM - LEFT_MM - RIGHT_MM);
    private static final long LANDSCAPE_TEXT_WIDTH = twips(A4_LONG_MM - LEFT_MM - RIGHT_MM);
    private static final long LEFT_HEADER_COLUMN = Math.round(TEXT_WIDTH * 0.38);

    public byte[] write(PlanDocument plan) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Layout(doc).write(plan);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Layout {
        private final XWPFDocument doc;
        private final Docx docx;

        Layout(XWPFDocument doc) {
            this.doc = doc;
            this.docx = new Docx(doc);
        }

        void write(PlanDocument plan) {
            docx.defaultFont(BODY_PT);
            header(plan);
            title(plan);
            plan.legalBases().forEach(this::paragraph);
            plan.sections().forEach(this::section);
            if (plan.closing() != null) {
                paragraph(plan.closing()).setKeepNext(true);
            }
            signature(plan);
            pageNumbers();
            plan.appendixIfAny().ifPresentOrElse(a -> appendix(plan, a), this::portraitOnly);
        }

            private void header(PlanDocument plan) {
            XWPFTable table = docx.borderlessTable(2, 2, LEFT_HEADER_COLUMN, TEXT_WIDTH - LEFT_HEADER_COLUMN);
            XWPFTableCell bodies = table.getRow(0).getCell(0);
            XWPFParagraph first = docx.first(bodies);
            plan.authority().governingBodyLine().ifPresent(line -> docx.text(first, line, GOVERNING_BODY_PT, false, false));
            XWPFParagraph issuing = plan.authority().governingBodyLine().isPresent()
                    ? docx.centred(bodies.addParagraph()) : first;
            docx.lines(issuing, plan.authority().issuingBodyLines(), NATION_PT, true);
            docx.rule(bodies.addParagraph(), LEFT_HEADER_COLUMN / 3);
            XWPFTableCell nation = table.getRow(0).getCell(1);
            docx.text(docx.first(nation), PlanDocument.NATION, NATION_PT, true, false);
            docx.text(docx.centred(nation.addParagraph()), PlanDocument.MOTTO, BODY_PT, true, false);
            docx.rule(nation.addParagraph(), (TEXT_WIDTH - LEFT_HEADER_COLUMN) * 62 / 100);
            docx.text(docx.first(table.getRow(1).getCell(0)), plan.numberLine(), NATION_PT, false, false);
            docx.text(docx.first(table.getRow(1).getCell(1)), plan.dateLine(), BODY_PT, false, true);
        }

        private void title(PlanDocument plan) {
            XWPFParagraph kind = docx.centred(doc.createParagraph());
            kind.setSpacingBefore(360);
            docx.text(kind, PlanDocument.KIND, BODY_PT, true, false);
            docx.text(docx.centred(doc.createParagraph()), plan.title(), BODY_PT, true, false);
            docx.rule(doc.createParagraph(), TEXT_WIDTH / 3);
        }

        private void section(Section section) {
            docx.bold(docx.body(doc.createParagraph(), true), section.heading());
            section.blocks().forEach(this::block);
        }

        private void block(Block block) {
            if (block instanceof Block.Heading h) {
                docx.bold(docx.body(doc.createParagraph(), true), h.text());
            } else if (block instanceof Block.Paragraph p) {
                paragraph(p.text());
            } else if (block instanceof Block.Bullet b) {
                paragraph(b.line());
            } else if (block instanceof Block.Labelled l) {
                XWPFParagraph p = docx.body(doc.createParagraph(), true);
                docx.text(p, l.prefix(), BODY_PT, true, false);
                docx.text(p, l.text(), BODY_PT, false, false);
            }
        }

        private XWPFParagraph paragraph(String text) {
            XWPFParagraph paragraph = docx.body(doc.createParagraph(), true);
            docx.text(paragraph, text, BODY_PT, false, false);
            return paragraph;
        }

        private void signature(PlanDocument plan) {
            XWPFTable table = docx.borderlessTable(1, 2, TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2);
            table.getRow(0).setCantSplitRow(true);
            XWPFTableCell recipients = table.getRow(0).getCell(0);
            XWPFParagraph heading = recipients.getParagraphs().get(0);
            heading.setAlignment(ParagraphAlignment.LEFT);
            docx.text(heading, PlanDocument.RECIPIENTS_HEADING, RECIPIENTS_HEADING_PT, true, true);
            for (String line : plan.recipientLines()) {
                docx.text(recipients.addParagraph(), line, RECIPIENTS_PT, false, false);
            }
            XWPFTableCell signer = table.getRow(0).getCell(1);
            XWPFParagraph authority = docx.first(signer);
            List<String> lines = new java.util.ArrayList<>();
            plan.signature().authorityLine().ifPresent(lines::add);
            lines.add(plan.signature().titleLine());
            docx.lines(authority, lines, BODY_PT, true);
            XWPFParagraph name = docx.centred(signer.addParagraph());
            name.setSpacingBefore(1700);
            docx.text(name, plan.signature().nameLine(), BODY_PT, true, false);
            doc.createParagraph();
        }

        private void pageNumbers() {
            XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
            docx.pageNumber(numbered.createParagraph());
            doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        }

        private void portraitOnly() {
            page(doc.getDocument().getBody().getSectPr(), false);
        }

        private void appendix(PlanDocument plan, Appendix appendix) {
            CTSectPr body = doc.getDocument().getBody().getSectPr();
            XWPFParagraph sectionEnd = doc.createParagraph();
            CTSectPr portrait = sectionEnd.getCTP().addNewPPr().addNewSectPr();
            page(portrait, false);
            for (CTHdrFtrRef ref : body.getHeaderReferenceList()) {
                portrait.addNewHeaderReference().set(ref);
            }
            page(body, true);
            if (body.isSetTitlePg()) {
                body.unsetTitlePg();
            }
            docx.text(docx.centred(doc.createParagraph()), "PHỤ LỤC", BODY_PT, true, false);
            docx.text(docx.centred(doc.createParagraph()), appendix.heading(), BODY_PT, true, false);
            docx.text(docx.centred(doc.createParagraph()), plan.appendixCaption(), BODY_PT, false, true);
            appendixTable(appendix.rows());
        }

        private void appendixTable(List<AppendixRow> rows) {
            XWPFTable table = docx.gridTable(rows.size() + 1, LANDSCAPE_TEXT_WIDTH, APPENDIX_COLUMNS);
            docx.repeatAsHeader(table.getRow(0));
            for (int c = 0; c < AppendixRow.HEADERS.size(); c++) {
                docx.cell(table.getRow(0).getCell(c), AppendixRow.HEADERS.get(c), true, ParagraphAlignment.CENTER);
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    ParagraphAlignment align = c <= 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
                    docx.cell(table.getRow(r + 1).getCell(c), cells.get(c), rows.get(r).group(), align);
                }
            }
            table.setTableAlignment(TableRowAlign.CENTER);
        }

        private void page(CTSectPr sect, boolean landscape) {
            CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            long shortSide = twips(A4_SHORT_MM);
            long longSide = twips(A4_LONG_MM);
            size.setW(BigInteger.valueOf(landscape ? longSide : shortSide));
            size.setH(BigInteger.valueOf(landscape ? shortSide : longSide));
            if (landscape) {
                size.setOrient(STPageOrientation.LANDSCAPE);
            }
            CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            margins.setTop(BigInteger.valueOf(twips(TOP_MM)));
            margins.setBottom(BigInteger.valueOf(twips(BOTTOM_MM)));
            margins.setLeft(BigInteger.valueOf(twips(LEFT_MM)));
            margins.setRight(BigInteger.valueOf(twips(RIGHT_MM)));
            margins.setHeader(BigInteger.valueOf(twips(HEADER_MM)));
            margins.setFooter(BigInteger.valueOf(twips(HEADER_MM)));
            if (!landscape && !sect.isSetTitlePg()) {
                sect.addNewTitlePg();
            }
        }
    }
}
