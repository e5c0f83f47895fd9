package vn.dtiplan.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.document.PlanFacts.ParentPlan;
import vn.dtiplan.domain.document.PlanFacts.TaskFacts;

class PlanDocumentComposerTest {

    static final TaskFacts EMAIL = new TaskFacts("6.4", null, "Tăng cường gửi nhận tài liệu qua thư điện tử.",
            "Văn phòng HĐND và UBND", List.of("Các phòng, ban chuyên môn", "UBND các phường, xã"), "Thường xuyên",
            null, "Báo cáo", false);
    static final TaskFacts ONLINE = new TaskFacts(null, null, "Nâng cao tỷ lệ hồ sơ trực tuyến.",
            "Bộ phận một cửa", List.of(), "Quý II/2024", LocalDate.of(2024, 6, 30), null, true);

    final PlanDocumentComposer composer = new PlanDocumentComposer();

    @Test
    void cityPlanIsHeadedByItsCommitteeAndDatedInItsPlace() {
        PlanDocument doc = composer.compose(new PlanFacts("Thành phố Vũng Tàu", "Tỉnh Bà Rịa - Vũng Tàu", true,
                "4638/KH-UBND", "Khắc phục những tồn tại, hạn chế về chuyển đổi số năm 2023", 2024,
                LocalDate.of(2024, 5, 13), null, List.of(EMAIL), null));
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ VŨNG TÀU"), doc.authority().issuingBodyLines());
        assertTrue(doc.authority().governingBodyLine().isEmpty(), "a committee has no governing body line");
        assertEquals("Vũng Tàu, ngày 13 tháng 5 năm 2024", doc.dateLine());
        assertEquals("Số: 4638/KH-UBND", doc.numberLine());
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ, GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN"),
                doc.sections().stream().map(Section::heading).toList());
        assertEquals(List.of(new Block.Heading("1. Tiêu chí 6.4"),
                        new Block.Labelled("Giải pháp", "Tăng cường gửi nhận tài liệu qua thư điện tử."),
                        new Block.Labelled("Đơn vị chủ trì", "Văn phòng HĐND và UBND"),
                        new Block.Labelled("Đơn vị phối hợp", "Các phòng, ban chuyên môn; UBND các phường, xã"),
                        new Block.Labelled("Thời gian thực hiện", "Thường xuyên")),
                doc.sections().get(1).blocks());
        assertEquals(List.of("- UBND tỉnh Bà Rịa - Vũng Tàu (báo cáo);", "- Chủ tịch, các Phó Chủ tịch UBND thành phố Vũng Tàu;",
                "- Các cơ quan, đơn vị chủ trì (thực hiện);", "- UBND các phường, xã (thực hiện);", "- Lưu: VT."),
                doc.recipientLines());
        assertEquals(AppendixRow.task("6.4", "Tăng cường gửi nhận tài liệu qua thư điện tử.", "Văn phòng HĐND và UBND",
                "Các phòng, ban chuyên môn; UBND các phường, xã", "Thường xuyên", "Báo cáo", null).numbered(1),
                doc.appendix().rows().get(0));
        assertTrue(doc.closing().startsWith("Trên đây là Kế hoạch khắc phục những tồn tại"), doc.closing());
    }

    @Test
    void wardDraftCitesTheCityPlanAndLeavesDateAndSignerBlank() {
        PlanDocument doc = composer.compose(new PlanFacts("Phường 2", "Thành phố Vũng Tàu", false, null,
                "Khắc phục tồn tại về chuyển đổi số năm 2023 trên địa bàn Phường 2", 2024, null,
                new ParentPlan("4638/KH-UBND", LocalDate.of(2024, 5, 13), "Thành phố Vũng Tàu"), List.of(ONLINE), null));
        assertEquals("ỦY BAN NHÂN DÂN PHƯỜNG 2", doc.authority().issuingBodyLine());
        assertEquals("Phường 2, ngày     tháng     năm     ", doc.dateLine());
        assertEquals("Căn cứ Kế hoạch số 4638/KH-UBND ngày 13/5/2024 của UBND thành phố Vũng Tàu;", doc.legalBases().get(0));
        assertEquals("TM. ỦY BAN NHÂN DÂN", doc.signature().authorityLine().orElseThrow());
        assertEquals("", doc.signature().nameLine());
        AppendixRow row = doc.appendix().rows().get(0);
        assertEquals("1", row.number(), "numbered in order");
        assertEquals("", row.code(), "no criterion: no code");
        assertEquals("Quý II/2024 (hạn 30/6/2024)", row.timeframe());
        assertEquals("Nhiệm vụ được giao", row.notes());
        assertTrue(doc.recipientLines().stream().noneMatch(r -> r.contains("phường, xã")), "a ward has no wards below");
    }

    @Test
    void theClosingNamesThePlaceOnce() {
        PlanDocument named = composer.compose(new PlanFacts("Thành phố Vũng Tàu", "Tỉnh Bà Rịa - Vũng Tàu", true,
                "4638/KH-UBND", "Nâng cao Chỉ số chuyển đổi số thành phố Vũng Tàu năm 2024.", 2024, null, null,
                List.of(EMAIL), null));
        assertEquals("Trên đây là Kế hoạch nâng cao Chỉ số chuyển đổi số thành phố Vũng Tàu năm 2024. Đề nghị các cơ "
                + "quan, đơn vị liên quan nghiêm túc triển khai thực hiện./.", named.closing());
        PlanDocument unnamed = composer.compose(new PlanFacts("Phường 2", "Thành phố Vũng Tàu", false, null,
                "Khắc phục tồn tại về chuyển đổi số năm 2023", 2024, null, null, List.of(ONLINE), null));
        assertTrue(unnamed.closing().startsWith("Trên đây là Kế hoạch khắc phục tồn tại về chuyển đổi số năm 2023 của "
                + "UBND Phường 2."), unnamed.closing());
    }

    @Test
    void organisationIsComposedFromTheTasks() {
        TaskFacts second = new TaskFacts("3.10", null, "Số hóa hồ sơ.", "Văn phòng HĐND và UBND",
                List.of("Bộ phận một cửa"), "Quý III/2024", LocalDate.of(2024, 9, 30), null, false);
        PlanDocument doc = composer.compose(new PlanFacts("Phường 2", "Thành phố Vũng Tàu", false, null,
                "Khắc phục tồn tại về chuyển đổi số năm 2023 trên địa bàn Phường 2", 2024, null,
                new ParentPlan("4638/KH-UBND", LocalDate.of(2024, 5, 13), "Thành phố Vũng Tàu"),
                List.of(EMAIL, ONLINE, second), null));
        List<Block> blocks = doc.sections().get(2).blocks();
        assertEquals(List.of(
                new Block.Heading("1. Văn phòng HĐND và UBND"),
                new Block.Bullet("Chủ trì thực hiện các nhiệm vụ 1, 3 tại Mục II và Phụ lục kèm theo (hạn sớm nhất ngày "
                        + "30/9/2024)."),
                new Block.Bullet("Cập nhật tiến độ và minh chứng thực hiện trên hệ thống; chịu trách nhiệm trước Chủ tịch "
                        + "UBND Phường 2 về kết quả các nhiệm vụ được giao."),
                new Block.Heading("2. Bộ phận một cửa"),
                new Block.Bullet("Chủ trì thực hiện nhiệm vụ 2 tại Mục II và Phụ lục kèm theo (hạn ngày 30/6/2024)."),
                new Block.Bullet("Phối hợp thực hiện nhiệm vụ 3."),
                new Block.Bullet("Cập nhật tiến độ và minh chứng thực hiện trên hệ thống; chịu trách nhiệm trước Chủ tịch "
                        + "UBND Phường 2 về kết quả các nhiệm vụ được giao."),
                new Block.Heading("3. Các cơ quan, đơn vị phối hợp"),
                new Block.Bullet("Các phòng, ban chuyên môn: phối hợp thực hiện nhiệm vụ 1."),
                new Block.Bullet("UBND các phường, xã: phối hợp thực hiện nhiệm vụ 1."),
                new Block.Heading("4. Chế độ báo cáo"),
                new Block.Bullet("Định kỳ ngày 20 hằng tháng, các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND Phường 2 "
                        + "để tổng hợp, báo cáo UBND thành phố Vũng Tàu."),
                new Block.Bullet("Nhiệm vụ 2 là nhiệm vụ cấp trên giao theo Kế hoạch số 4638/KH-UBND của UBND thành phố "
                        + "Vũng Tàu; kết quả được báo cáo đồng thời theo kế hoạch đó.")), blocks);
        assertTrue(doc.closing().startsWith("Trên đây là Kế hoạch khắc phục tồn tại về chuyển đổi số năm 2023 trên địa "
                + "bàn Phường 2. Đề nghị"), doc.closing());
    }

    @Test
    void unitNames() {
        assertEquals("Ủy ban nhân dân thành phố Vũng Tàu", UnitNames.committee("Thành phố Vũng Tàu"));
        assertEquals("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", UnitNames.committee("Tỉnh Bà Rịa - Vũng Tàu"));
        assertEquals("Ủy ban nhân dân Phường 2", UnitNames.committee("Phường 2"));
        assertEquals("Ủy ban nhân dân phường Hoàng Văn Thụ", UnitNames.committee("Phường Hoàng Văn Thụ"));
        assertEquals("Vũng Tàu", UnitNames.place("Thành phố Vũng Tàu"));
        assertEquals("Phường 2", UnitNames.place("Phường 2"));
        assertEquals("Hoàng Văn Thụ", UnitNames.place("Phường Hoàng Văn Thụ"));
        assertEquals("Phú Mỹ", UnitNames.place("Thị xã Phú Mỹ"));
        assertEquals("UBND thị xã Phú Mỹ", UnitNames.committeeShort("Thị xã Phú Mỹ"));
        assertNull(new PlanFacts("Phường 2", " ", false, null, "T", 2024, null, null, null, null).parentUnitName());
    }

    @Test
    void theHeadersOwnWordingWins() {
        PlanFacts.Wording own = new PlanFacts.Wording("Vũng Tàu", List.of("Thực hiện Quyết định số 3710/QĐ-UBND;"),
                "Triển khai đánh giá lại tồn tại.\n- Bám sát bộ tiêu chí.", "Ngân sách thành phố năm 2024.",
                List.of("UBND tỉnh (báo cáo)"), PlanDocumentComposer.signature("KT.", "Phó Chủ tịch", "Vũ Hồng Thuận"));
        PlanDocument doc = composer.compose(new PlanFacts("Thành phố Vũng Tàu", "Tỉnh Bà Rịa - Vũng Tàu", true,
                "4638/KH-UBND", "Khắc phục", 2024, LocalDate.of(2024, 5, 13), null, List.of(EMAIL), own));
        assertEquals(List.of("Thực hiện Quyết định số 3710/QĐ-UBND;",
                "UBND thành phố Vũng Tàu xây dựng Kế hoạch khắc phục, cụ thể như sau:"), doc.legalBases());
        assertEquals(List.of(new Block.Paragraph("Triển khai đánh giá lại tồn tại."), new Block.Bullet("Bám sát bộ tiêu chí.")),
                doc.sections().get(0).blocks());
        assertEquals(List.of(new Block.Heading("1. Mục đích"), new Block.Paragraph("Triển khai đánh giá lại."),
                        new Block.Paragraph("2. Yêu cầu đã nêu trong Kế hoạch 4638.")),
                PlanDocumentComposer.paragraphs("1. Mục đích\nTriển khai đánh giá lại.\n\n2. Yêu cầu đã nêu trong Kế hoạch 4638."));
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ, GIẢI PHÁP", "III. KINH PHÍ THỰC HIỆN",
                "IV. TỔ CHỨC THỰC HIỆN"), doc.sections().stream().map(Section::heading).toList());
        assertEquals(List.of("- UBND tỉnh (báo cáo);", "- Lưu: VT."), doc.recipientLines());
        assertEquals("KT. CHỦ TỊCH", doc.signature().authorityLine().orElseThrow());
        assertEquals("PHÓ CHỦ TỊCH", doc.signature().titleLine());
        assertEquals("Vũ Hồng Thuận", doc.signature().nameLine());
        assertEquals("TM. Ủy ban nhân dân", PlanDocumentComposer.signature("TM.", "Chủ tịch", null).authority());
        assertNull(PlanDocumentComposer.signature("TM.", " ", "A"), "no title: the default block");
    }

    /** Issue 17: the ward's document as an official reads it. */
    @Test
    void aWardsDocumentNumbersItsRowsNamesItsYearAndNeverLeadsItself() {
        TaskFacts given = new TaskFacts("2.1", "Cổng thông tin", "Cập nhật cổng thông tin.", "Phường 2", List.of(),
                "Hằng quý", null, null, true, null, "QUARTERLY");
        TaskFacts unled = new TaskFacts("3.4", null, "Tuyên truyền.", null, List.of(), "Năm 2024", null, null, false, null,
                "YEAR");
        TaskFacts own = new TaskFacts(null, null, "Chợ 4.0.", "Bộ phận Kinh tế", List.of(), "Hằng năm", null, null, false,
                null, "YEARLY");
        PlanDocument doc = composer.compose(new PlanFacts("Phường 2", "Thành phố Vũng Tàu", false, null, "Khắc phục", 2025,
                null, null, List.of(given, unled, own), null, 2023));
        assertEquals(List.of("1", "2", "3"), doc.appendix().rows().stream().map(AppendixRow::number).toList());
        assertEquals(List.of("2.1", "3.4", ""), doc.appendix().rows().stream().map(AppendixRow::code).toList());
        assertEquals("STT", AppendixRow.HEADERS.get(0));
        assertEquals("Mã chỉ số", AppendixRow.HEADERS.get(1));
        assertTrue(doc.legalBases().get(doc.legalBases().size() - 1).contains("Chỉ số chuyển đổi số năm 2023"),
                "the year of the assessment the plan answers, not the year before the plan's");
        List<String> leads = doc.appendix().rows().stream().map(AppendixRow::lead).toList();
        assertEquals(List.of("UBND phường", "UBND phường", "Bộ phận Kinh tế"), leads, "a ward never leads itself");
        List<String> organisation = doc.sections().get(doc.sections().size() - 1).blocks().stream().map(Object::toString).toList();
        assertTrue(organisation.stream().noneMatch(b -> b.contains("Heading[text=1. Phường 2]")), organisation.toString());
        assertTrue(organisation.stream().anyMatch(b -> b.contains("Định kỳ hằng quý")), "a quarterly plan reports quarterly");
        assertTrue(organisation.stream().noneMatch(b -> b.contains("hằng tháng")), organisation.toString());
    }

    @Test
    void theReportingScheduleIsThePlansShortestRecurringTimeframe() {
        assertEquals(ReportingSchedule.MONTHLY, ReportingSchedule.of(List.of(EMAIL, ONLINE)), "none recurring: monthly");
        TaskFacts yearly = new TaskFacts(null, null, "A.", null, List.of(), "Hằng năm", null, null, false, null, "YEARLY");
        TaskFacts half = new TaskFacts(null, null, "B.", null, List.of(), "6 tháng", null, null, false, null, "HALF_YEARLY");
        assertEquals(ReportingSchedule.YEARLY, ReportingSchedule.of(List.of(yearly, EMAIL)));
        assertEquals(ReportingSchedule.HALF_YEARLY, ReportingSchedule.of(List.of(yearly, half)));
        assertEquals(2023, new PlanFacts("Phường 2", null, false, null, "T", 2024, null, null, null, null).basedOnYear());
    }
}
