package vn.dtiplan.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDocumentTest {

    @Test
    void dateLineFollowsDecree30() {
        assertEquals("Vũng Tàu, ngày 13 tháng 5 năm 2024", PlanDocumentFixtures.plan4638().dateLine());
        assertEquals("ngày 05 tháng 02 năm 2024", VietnameseDates.longForm(LocalDate.of(2024, 2, 5)));
        assertEquals("ngày 09 tháng 01 năm 2025", VietnameseDates.longForm(LocalDate.of(2025, 1, 9)));
        assertEquals("ngày 10 tháng 3 năm 2024", VietnameseDates.longForm(LocalDate.of(2024, 3, 10)));
        assertEquals("ngày 01 tháng 12 năm 2024", VietnameseDates.longForm(LocalDate.of(2024, 12, 1)));
        assertEquals("ngày 29 tháng 11 năm 2024", VietnameseDates.longForm(LocalDate.of(2024, 11, 29)));
        assertEquals("26/02/2024", VietnameseDates.shortForm(LocalDate.of(2024, 2, 26)));
        assertEquals("13/5/2024", VietnameseDates.shortForm(LocalDate.of(2024, 5, 13)));
    }

    @Test
    void undatedDraftKeepsTheBlanks() {
        PlanDocument draft = PlanDocumentFixtures.phuong2();
        assertEquals("Phường 2, ngày     tháng     năm     ", draft.dateLine());
        assertEquals("Số:        /KH-UBND", draft.numberLine());
    }

    @Test
    void numberLine() {
        assertEquals("Số: 4638/KH-UBND", PlanDocumentFixtures.plan4638().numberLine());
    }

    @Test
    void bodiesAreInVietnameseCapitals() {
        IssuingAuthority authority = new IssuingAuthority("UBND thành phố Vũng Tàu", "Phòng Văn hóa và Thông tin");
        assertEquals("UBND THÀNH PHỐ VŨNG TÀU", authority.governingBodyLine().orElseThrow());
        assertEquals("PHÒNG VĂN HÓA VÀ THÔNG TIN", authority.issuingBodyLine());
        assertEquals("ỦY BAN NHÂN DÂN THÀNH PHỐ VŨNG TÀU",
                IssuingAuthority.of("Ủy ban nhân dân thành phố Vũng Tàu").issuingBodyLine());
        assertTrue(IssuingAuthority.of("Ủy ban nhân dân Phường 2").governingBodyLine().isEmpty());
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ VŨNG TÀU"),
                IssuingAuthority.of("Ủy ban nhân dân thành phố Vũng Tàu").issuingBodyLines());
        assertEquals(List.of("PHÒNG VĂN HÓA VÀ THÔNG TIN"), authority.issuingBodyLines());
        assertEquals("I. MỤC ĐÍCH, YÊU CẦU", Section.numbered(1, "Mục đích, yêu cầu", List.of()).heading());
        assertEquals("IV. TỔ CHỨC THỰC HIỆN", Section.numbered(4, "Tổ chức thực hiện", List.of()).heading());
        assertEquals("KT. CHỦ TỊCH", PlanDocumentFixtures.plan4638().signature().authorityLine().orElseThrow());
        assertEquals("PHÓ CHỦ TỊCH", PlanDocumentFixtures.plan4638().signature().titleLine());
    }

    @Test
    void recipientsEndWithTheArchive() {
        List<String> lines = PlanDocumentFixtures.phuong2().recipientLines();
        assertEquals(List.of("- Phòng VHTT TPVT (b/c);", "- TTr. Đảng ủy, HĐND P2;", "- Chủ tịch và các PCT UBND P2;",
                "- Lưu: VT, VHTT."), lines, "the archive line the official typed is kept as typed, last");
        assertEquals("- Lưu: VT.", PlanDocumentFixtures.plan4638().recipientLines().get(
                PlanDocumentFixtures.plan4638().recipientLines().size() - 1), "without one the writer adds the standard line");
    }

    @Test
    void appendixCaptionNamesThePlan() {
        assertEquals("(Kèm theo Kế hoạch số 4638/KH-UBND ngày 13/5/2024 của Ủy ban nhân dân thành phố Vũng Tàu)",
                PlanDocumentFixtures.plan4638().appendixCaption());
        assertEquals("PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CHI TIẾT", PlanDocumentFixtures.plan4638().appendix().heading());
    }

    @Test
    void taskEntryLeavesOutMissingParts() {
        List<Block> blocks = new TaskEntry("3.4", null, "Hộp thư điện tử", "Tăng cường gửi nhận tài liệu.",
                "Các phòng, ban", " ", "Thường xuyên").blocks();
        assertEquals(List.of(new Block.Heading("3.4. Tiêu chí: Hộp thư điện tử"),
                new Block.Labelled("Giải pháp", "Tăng cường gửi nhận tài liệu."),
                new Block.Labelled("Đơn vị chủ trì", "Các phòng, ban"),
                new Block.Labelled("Thời gian thực hiện", "Thường xuyên")), blocks);
    }

    @Test
    void aCriterionWithItsOwnCodeIsNamedByIt() {
        assertEquals(new Block.Heading("2. Tiêu chí 6.4: Tỷ lệ hồ sơ trực tuyến"),
                new TaskEntry("2", "6.4", "Tỷ lệ hồ sơ trực tuyến", "Giải pháp.", null, null, null).blocks().get(0));
        assertEquals(new Block.Heading("2. Tiêu chí 6.4"),
                new TaskEntry("2", "6.4", null, "Giải pháp.", null, null, null).blocks().get(0));
        assertEquals(new Block.Labelled("Giải pháp", "Giải pháp."),
                new TaskEntry("2", null, null, "Giải pháp.", null, null, null).blocks().get(0));
    }

    @Test
    void requiredPartsAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> IssuingAuthority.of("  "));
        assertThrows(IllegalArgumentException.class, () -> new TaskEntry("1", null, "x", " ", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Signature("KT. Chủ tịch", null, "A"));
        assertThrows(IllegalArgumentException.class, () -> Section.numbered(40, "x", List.of()));
    }
}
