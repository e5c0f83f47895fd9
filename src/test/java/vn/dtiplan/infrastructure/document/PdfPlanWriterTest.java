package vn.dtiplan.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.document.PlanDocument;
import vn.dtiplan.domain.document.PlanDocumentFixtures;

/** The PDF: Vietnamese text extractable with its diacritics, fonts embedded, pages rendered for a look. */
class PdfPlanWriterTest {

    static final Path OUT = Path.of("target", "documents");

    @Test
    void plan4638TextIsExtractableWithDiacritics() throws IOException {
        try (PDDocument pdf = written(PlanDocumentFixtures.plan4638(), "4638-KH-UBND")) {
            String text = text(pdf);
            assertInOrder(text, "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÀNH PHỐ VŨNG TÀU",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 4638/KH-UBND", "Vũng Tàu, ngày 13 tháng 5 năm 2024",
                    "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "3.1. Tiêu chí", "Giải pháp:", "III. TỔ CHỨC THỰC HIỆN",
                    "Nơi nhận:", "- UBND tỉnh (báo cáo);", "- Lưu: VT.", "PHỤ LỤC",
                    "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CHI TIẾT", "Bộ phận chủ trì", "Minh chứng thực", "Ghi chú");
            assertInOrder(text, "Trên", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Hồng Thuận", "PHỤ LỤC");
            assertTrue(letters(text).contains(letters(PlanDocumentFixtures.TASK_3_1_SOLUTION)),
                    "a task's solution, letter for letter (extractors guess spaces from justified gaps)");
        }
    }

    @Test
    void phuong2DraftTextIsExtractable() throws IOException {
        try (PDDocument pdf = written(PlanDocumentFixtures.phuong2(), "phuong2-draft")) {
            String text = text(pdf);
            assertInOrder(text, "ỦY BAN NHÂN DÂN", "PHƯỜNG 2", "Phường 2, ngày", "KẾ HOẠCH",
                    "Căn cứ Kế hoạch số 4638/KH-UBND", "Nơi nhận:", "- Lưu: VT, VHTT.", "mô hình chợ");
            assertInOrder(text, "Trên", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vũ Phương Hảo", "PHỤ LỤC");
        }
    }

    /** Issue 17: however many tasks push the end of the body down, the signature never stands alone on a page. */
    @Test
    void theSignatureNeverStandsAloneOnAPage() throws IOException {
        vn.dtiplan.domain.document.PlanDocumentComposer composer = new vn.dtiplan.domain.document.PlanDocumentComposer();
        for (int n = 1; n <= 14; n++) {
            List<vn.dtiplan.domain.document.PlanFacts.TaskFacts> tasks = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                tasks.add(new vn.dtiplan.domain.document.PlanFacts.TaskFacts("1." + i, "Tiêu chí " + i,
                        "Giải pháp số " + i + " được mô tả đủ dài để chiếm hai dòng trên trang giấy khổ A4 của kế hoạch.",
                        "Bộ phận Văn hóa - Xã hội", List.of("Bộ phận một cửa"), "Quý II/2024", null, null, false));
            }
            PlanDocument plan = composer.compose(new vn.dtiplan.domain.document.PlanFacts("Phường 2", "Thành phố Vũng Tàu",
                    false, null, "Khắc phục", 2024, null, null, tasks, null));
            try (PDDocument pdf = written(plan, null)) {
                int signed = -1;
                for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                    if (pageText(pdf, page).contains("TM. ỦY BAN NHÂN DÂN")) {
                        signed = page;
                    }
                }
                assertTrue(signed >= 0, "signature printed");
                assertTrue(letters(pageText(pdf, signed)).contains(letters("Trên đây là Kế hoạch")),
                        n + " tasks: the closing sentence shares the signature's page");
            }
        }
    }

    @Test
    void everyFontIsAnEmbeddedLiberationSerif() throws IOException {
        try (PDDocument pdf = written(PlanDocumentFixtures.plan4638(), null)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(((PDType0Font) font).getDescendantFont().isEmbedded(), font.getName() + " embedded");
                    names.add(font.getName());
                }
            }
            assertTrue(names.stream().allMatch(n -> n.contains("LiberationSerif")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.contains("Bold")), "bold face used");
            assertTrue(names.stream().anyMatch(n -> n.contains("Italic")), "italic face used");
        }
    }

    @Test
    void portraitA4BodyLandscapeAppendixNumbersFromPageTwo() throws IOException {
        try (PDDocument pdf = written(PlanDocumentFixtures.plan4638(), null)) {
            PDPage first = pdf.getPage(0);
            assertEquals(595, first.getMediaBox().getWidth(), 1);
            assertEquals(842, first.getMediaBox().getHeight(), 1);
            assertTrue(landscape(pdf.getPage(pdf.getNumberOfPages() - 1)), "the appendix is landscape");
            assertFalse(landscape(first));
            assertEquals("", topMargin(pdf, 0), "no number on page 1");
            for (int i = 1; i < pdf.getNumberOfPages(); i++) {
                assertEquals(Integer.toString(i + 1), topMargin(pdf, i), "number on page " + (i + 1));
            }
            String lastPortrait = pageText(pdf, firstLandscape(pdf) - 1);
            assertTrue(lastPortrait.contains("Vũ Hồng Thuận"), "the signature ends the portrait part");
            assertTrue(pageText(pdf, firstLandscape(pdf)).contains("PHỤ LỤC"), "the appendix starts the landscape part");
        }
    }

    @Test
    void bodyTextKeepsTheDecree30Margins() throws IOException {
        try (PDDocument pdf = written(PlanDocumentFixtures.plan4638(), null)) {
            PDFTextStripperByArea left = new PDFTextStripperByArea();
            left.addRegion("left", new Rectangle2D.Float(0, 0, PageLayout.points(PageLayout.LEFT_MM) - 1, 842));
            left.addRegion("right", new Rectangle2D.Float(595 - PageLayout.points(PageLayout.RIGHT_MM) + 1, 0, 60, 842));
            left.extractRegions(pdf.getPage(1));
            assertEquals("", left.getTextForRegion("left").strip(), "nothing in the left margin");
            assertEquals("", left.getTextForRegion("right").strip(), "nothing in the right margin");
        }
    }

    private static PDDocument written(PlanDocument plan, String keepAs) throws IOException {
        byte[] bytes = new PdfPlanWriter().write(plan);
        PDDocument pdf = Loader.loadPDF(bytes);
        if (keepAs != null) {
            Files.createDirectories(OUT);
            Files.write(OUT.resolve(keepAs + ".pdf"), bytes);
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 110);
                ImageIO.write(image, "png", OUT.resolve(keepAs + "-pdf-p" + (i + 1) + ".png").toFile());
            }
        }
        return pdf;
    }

    private static String text(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFC);
    }

    private static String pageText(PDDocument pdf, int index) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.setSortByPosition(true);
        return Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFC);
    }

    private static int firstLandscape(PDDocument pdf) {
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            if (landscape(pdf.getPage(i))) {
                return i;
            }
        }
        throw new AssertionError("no landscape page");
    }

    /** OpenPDF writes a landscape page as a portrait media box turned by /Rotate 90. */
    private static boolean landscape(PDPage page) {
        boolean wide = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
        boolean turned = page.getRotation() % 180 != 0;
        return wide != turned;
    }

    private static String topMargin(PDDocument pdf, int index) throws IOException {
        PDPage page = pdf.getPage(index);
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("top", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(),
                PageLayout.points(PageLayout.TOP_MM) - 1));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("top").strip();
    }

    private static String letters(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void assertInOrder(String text, String... expected) {
        int from = 0;
        for (String wanted : expected) {
            int at = text.indexOf(wanted, from);
            assertFalse(at < 0, "\"" + wanted + "\" not found after " + from + " in:\n" + text.substring(Math.min(from, text.length())));
            from = at + wanted.length();
        }
    }
}
