package vn.dtiplan.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.dtiplan.domain.document.IssuingAuthority;
import vn.dtiplan.domain.document.PlanDocument;
import vn.dtiplan.domain.document.PlanDocumentFixtures;

class DocxPlanWriterTest {

    static final Path OUT = Path.of("target", "documents");

    final DocxPlanWriter writer = new DocxPlanWriter();

    @Test
    void plan4638HasTheRequiredPartsInOrder() throws IOException {
        try (XWPFDocument doc = written(PlanDocumentFixtures.plan4638(), "4638-KH-UBND.docx")) {
            assertInOrder(texts(doc),
                    "ỦY BAN NHÂN DÂN", "THÀNH PHỐ VŨNG TÀU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 4638/KH-UBND", "Vũng Tàu, ngày 13 tháng 5 năm 2024",
                    "KẾ HOẠCH", "Khắc phục những tồn tại, hạn chế về chuyển đổi số năm 2023",
                    "Thực hiện Quyết định số 3710/QĐ-UBND", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
                    "II. ĐÁNH GIÁ NHỮNG TỒN TẠI", "3.1. Tiêu chí: Tham mưu ban hành",
                    "* Giải pháp: " + PlanDocumentFixtures.TASK_3_1_SOLUTION.substring(0, 40),
                    "* Đơn vị chủ trì: Phòng Văn hóa và Thông tin, UBND các phường, xã",
                    "3.11. Tiêu chí", "III. TỔ CHỨC THỰC HIỆN", "Trên đây là Kế hoạch",
                    "Nơi nhận:", "- UBND tỉnh (báo cáo);", "- UBND các phường, xã (thực hiện);", "- Lưu: VT.",
                    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Hồng Thuận",
                    "PHỤ LỤC", "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CHI TIẾT",
                    "(Kèm theo Kế hoạch số 4638/KH-UBND ngày 13/5/2024 của Ủy ban nhân dân thành phố Vũng Tàu)",
                    "STT", "Chỉ số/Tiêu chí", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian thực hiện",
                    "Minh chứng thực hiện", "Ghi chú", "Thể chế số", "3.1", "3.11");
        }
    }

    @Test
    void phuong2DraftKeepsBlanksForTheVanThu() throws IOException {
        try (XWPFDocument doc = written(PlanDocumentFixtures.phuong2(), "phuong2-draft.docx")) {
            assertInOrder(texts(doc), "ỦY BAN NHÂN DÂN", "PHƯỜNG 2", "Số:        /KH-UBND",
                    "Phường 2, ngày     tháng     năm", "KẾ HOẠCH", "Căn cứ Kế hoạch số 4638/KH-UBND",
                    "Nơi nhận:", "- Chủ tịch và các PCT UBND P2;", "- Lưu: VT, VHTT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                    "Vũ Phương Hảo", "PHỤ LỤC", "(Kèm theo Kế hoạch của Ủy ban nhân dân Phường 2)", "Triển khai mô hình chợ 4.0");
            assertEquals(1, texts(doc).stream().filter(t -> t.startsWith("- Lưu")).count(), "one archive line");
        }
    }

    @Test
    void pagesAreA4WithDecree30MarginsAndTheAppendixIsLandscape() throws IOException {
        try (XWPFDocument doc = written(PlanDocumentFixtures.plan4638(), null)) {
            List<CTSectPr> sections = sections(doc);
            assertEquals(2, sections.size(), "the body, then the appendix");
            CTSectPr body = sections.get(0);
            assertMm(210, body.getPgSz().getW());
            assertMm(297, body.getPgSz().getH());
            assertFalse(body.getPgSz().isSetOrient() && body.getPgSz().getOrient() == STPageOrientation.LANDSCAPE);
            assertBetweenMm(20, 25, body.getPgMar().getTop());
            assertBetweenMm(20, 25, body.getPgMar().getBottom());
            assertBetweenMm(30, 35, body.getPgMar().getLeft());
            assertBetweenMm(15, 20, body.getPgMar().getRight());
            assertTrue(body.isSetTitlePg(), "different first page: no number on page 1");
            CTSectPr appendix = sections.get(1);
            assertEquals(STPageOrientation.LANDSCAPE, appendix.getPgSz().getOrient());
            assertMm(297, appendix.getPgSz().getW());
            assertMm(210, appendix.getPgSz().getH());
            assertBetweenMm(30, 35, appendix.getPgMar().getLeft());
            assertFalse(appendix.isSetTitlePg(), "the appendix's first page is numbered");
            assertTrue(texts(doc).indexOf("PHỤ LỤC") > indexOfSectionBreak(doc), "the appendix starts the new section");
        }
    }

    @Test
    void aDocumentWithoutAppendixIsOnePortraitSection() throws IOException {
        PlanDocument plan = PlanDocumentFixtures.phuong2();
        PlanDocument noAppendix = new PlanDocument(plan.authority(), plan.number(), plan.place(), plan.date(),
                plan.title(), plan.legalBases(), plan.sections(), plan.closing(), plan.recipients(), plan.signature(), null);
        try (XWPFDocument doc = written(noAppendix, null)) {
            assertEquals(1, sections(doc).size());
            assertTrue(sections(doc).get(0).isSetTitlePg());
            assertFalse(texts(doc).contains("PHỤ LỤC"));
        }
    }

    @Test
    void pageNumbersAreCentredAtTheTopFromPageTwo() throws IOException {
        try (XWPFDocument doc = written(PlanDocumentFixtures.plan4638(), null)) {
            var policy = new org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy(doc);
            String numbered = policy.getDefaultHeader().getParagraphs().get(0).getCTP().xmlText();
            assertTrue(numbered.contains("PAGE"), numbered);
            assertEquals(ParagraphAlignment.CENTER, policy.getDefaultHeader().getParagraphs().get(0).getAlignment());
            assertFalse(policy.getFirstPageHeader().getText().contains("2"), "page 1 shows no number");
            CTSectPr body = sections(doc).get(0);
            assertEquals(2, body.sizeOfHeaderReferenceArray(), "the body section points at both headers");
        }
    }

    @Test
    void fontsAndEmphasisFollowDecree30() throws IOException {
        try (XWPFDocument doc = written(PlanDocumentFixtures.plan4638(), null)) {
            for (XWPFRun run : runs(doc)) {
                assertEquals("Times New Roman", run.getFontFamily(), run.text());
                Double size = run.getFontSizeAsDouble();
                assertNotNull(size, run.text());
                assertTrue(size >= 11 && size <= 14, run.text() + " " + size);
            }
            assertRun(doc, "ỦY BAN NHÂN DÂN", 13, true, false);
            assertRun(doc, "THÀNH PHỐ VŨNG TÀU", 13, true, false);
            assertRun(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
            assertRun(doc, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
            assertRun(doc, "Vũng Tàu, ngày 13 tháng 5 năm 2024", 14, false, true);
            assertRun(doc, "KẾ HOẠCH", 14, true, false);
            assertRun(doc, "Nơi nhận:", 12, true, true);
            assertRun(doc, "- Lưu: VT.", 11, false, false);
            assertRun(doc, "KT. CHỦ TỊCH", 14, true, false);
            assertRun(doc, "Vũ Hồng Thuận", 14, true, false);
            assertRun(doc, "* Giải pháp:", 14, true, false);
        }
    }

    @Test
    void headerHasRulesUnderTheIssuingBodyAndTheMotto() throws IOException {
        try (XWPFDocument doc = written(PlanDocumentFixtures.plan4638(), null)) {
            XWPFTable header = doc.getTables().get(0);
            assertRuleAfter(header.getRow(0).getCell(0), "ỦY BAN NHÂN DÂN THÀNH PHỐ VŨNG TÀU");
            assertRuleAfter(header.getRow(0).getCell(1), "Độc lập - Tự do - Hạnh phúc");
            assertEquals(List.of(), borderedSides(header), "the header table has no borders");
        }
    }

    @Test
    void governingBodyIsUprightAboveTheBoldIssuingBody() throws IOException {
        PlanDocument plan = PlanDocumentFixtures.phuong2();
        PlanDocument department = new PlanDocument(
                new IssuingAuthority("UBND thành phố Vũng Tàu", "Phòng Văn hóa và Thông tin"), "12/KH-VHTT",
                "Vũng Tàu", java.time.LocalDate.of(2024, 2, 5), plan.title(), plan.legalBases(), plan.sections(),
                plan.closing(), plan.recipients(), plan.signature(), plan.appendix());
        try (XWPFDocument doc = written(department, "department.docx")) {
            assertInOrder(texts(doc), "UBND THÀNH PHỐ VŨNG TÀU", "PHÒNG VĂN HÓA VÀ THÔNG TIN",
                    "Vũng Tàu, ngày 05 tháng 02 năm 2024");
            assertRun(doc, "UBND THÀNH PHỐ VŨNG TÀU", 12, false, false);
            assertRun(doc, "PHÒNG VĂN HÓA VÀ THÔNG TIN", 13, true, false);
            assertRuleAfter(doc.getTables().get(0).getRow(0).getCell(0), "PHÒNG VĂN HÓA VÀ THÔNG TIN");
        }
    }

    private XWPFDocument written(PlanDocument plan, String keepAs) throws IOException {
        byte[] bytes = writer.write(plan);
        if (keepAs != null) {
            Files.createDirectories(OUT);
            Files.write(OUT.resolve(keepAs), bytes);
        }
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** Every paragraph's text in reading order, table cells row by row, left to right. */
    static List<String> texts(XWPFDocument doc) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                texts.addAll(lines(p));
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> texts.addAll(lines(p)));
                    }
                }
            }
        }
        return texts;
    }

    private static List<String> lines(XWPFParagraph p) {
        return Stream.of(p.getText().split("\n")).filter(s -> !s.isBlank()).toList();
    }

    static void assertInOrder(List<String> texts, String... expected) {
        int from = 0;
        for (String wanted : expected) {
            int found = -1;
            for (int i = from; i < texts.size(); i++) {
                if (texts.get(i).startsWith(wanted)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                fail("\"" + wanted + "\" not found after position " + from + " in " + texts);
            }
            from = found + 1;
        }
    }

    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(doc.getDocument().getBody().getSectPr());
        return sections;
    }

    private static int indexOfSectionBreak(XWPFDocument doc) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                return texts(doc).indexOf("Vũ Hồng Thuận");
            }
        }
        return Integer.MAX_VALUE;
    }

    private static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable t : doc.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
        }
        runs.removeIf(r -> r.text().isEmpty());
        return runs;
    }

    private static void assertRun(XWPFDocument doc, String text, int points, boolean bold, boolean italic) {
        XWPFRun run = runs(doc).stream().filter(r -> r.text().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run \"" + text + "\""));
        assertEquals(points, run.getFontSizeAsDouble(), 0.01, text);
        assertEquals(bold, run.isBold(), text + " bold");
        assertEquals(italic, run.isItalic(), text + " italic");
    }

    private static void assertRuleAfter(XWPFTableCell cell, String text) {
        List<XWPFParagraph> ps = cell.getParagraphs();
        for (int i = 0; i < ps.size() - 1; i++) {
            if (ps.get(i).getText().replace('\n', ' ').equals(text)) {
                XWPFParagraph rule = ps.get(i + 1);
                assertEquals(Borders.SINGLE, rule.getBorderBottom(), "rule under " + text);
                assertEquals("", rule.getText());
                assertTrue(rule.getIndentationLeft() > 0 && rule.getIndentationRight() > 0, "a short, centred rule");
                return;
            }
        }
        fail("no \"" + text + "\" followed by a rule in " + cell.getText());
    }

    private static List<String> borderedSides(XWPFTable table) {
        List<String> sides = new ArrayList<>();
        for (XWPFTable.XWPFBorderType type : new XWPFTable.XWPFBorderType[]{table.getTopBorderType(),
                table.getBottomBorderType(), table.getLeftBorderType(), table.getRightBorderType(),
                table.getInsideHBorderType(), table.getInsideVBorderType()}) {
            if (type != null && type != XWPFTable.XWPFBorderType.NONE && type != XWPFTable.XWPFBorderType.NIL) {
                sides.add(type.name());
            }
        }
        return sides;
    }

    private static void assertMm(double mm, Object twips) {
        assertEquals(mm, toMm(twips), 0.5);
    }

    private static void assertBetweenMm(double low, double high, Object twips) {
        double mm = toMm(twips);
        assertTrue(mm >= low - 0.1 && mm <= high + 0.1, mm + " mm not in " + low + "–" + high);
    }

    private static double toMm(Object twips) {
        return new BigInteger(twips.toString()).doubleValue() * 25.4 / 1440;
    }
}
