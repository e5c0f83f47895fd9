package vn.dtiplan.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.progress.ReportingPeriod.Frequency;

class ReportDraftTest {

    private static final ReportingPeriod JUNE = ReportingPeriod.containing(Frequency.MONTHLY, LocalDate.of(2024, 6, 1), 20);

    private static ReportDraft.Line line(String criterion, String text, ProgressStatus status, int percent, DueState due) {
        return new ReportDraft.Line(criterion, text, status, percent, due);
    }

    @Test
    void theDraftStatesTheFiguresAndListsTasksByHowTheyStand() {
        ReportDraft draft = ReportDraft.compose("Phường 2", JUNE, List.of(
                line("1.1", "Kiện toàn Ban Chỉ đạo", ProgressStatus.DONE, 100, DueState.DONE),
                line("2.3", "Số hóa hồ sơ", ProgressStatus.IN_PROGRESS, 40, DueState.ON_TRACK),
                line(null, "Chợ 4.0", ProgressStatus.IN_PROGRESS, 30, DueState.OVERDUE),
                line("3.1", "Tập huấn", ProgressStatus.NOT_STARTED, 0, DueState.OVERDUE)), 0, List.of());

        assertEquals(new ReportDraft.Figures(4, 1, 2, 2), draft.figures());
        assertEquals(25, draft.figures().percentDone());
        String body = draft.body();
        assertTrue(body.contains("Đơn vị: Phường 2"), body);
        assertTrue(body.contains("Kỳ báo cáo: tháng 6/2024 (từ 21/05/2024 đến 20/06/2024)"), body);
        assertTrue(body.contains("Tổng số nhiệm vụ: 4; hoàn thành: 1 (25 %); đang thực hiện: 2; chưa bắt đầu: 1; quá hạn: 2."), body);
        assertTrue(body.contains("II. Nhiệm vụ đã hoàn thành\n1. [1.1] Kiện toàn Ban Chỉ đạo\n"), body);
        assertTrue(body.contains("III. Nhiệm vụ đang thực hiện\n1. [2.3] Số hóa hồ sơ (40 %)\n"), body);
        assertTrue(body.contains("IV. Nhiệm vụ quá hạn, chưa hoàn thành\n1. Chợ 4.0 (30 %)\n2. [3.1] Tập huấn (0 %)\n"), body);
        assertTrue(body.contains("V. Khó khăn, vướng mắc và đề xuất"), body);
        assertFalse(body.contains("đơn vị trực thuộc"), body);
        assertFalse(body.contains("chưa tiếp nhận"), "nothing pending, no line");
    }

    @Test
    void aParentsDraftGivesEachChildsFiguresAndLongListsStayShort() {
        List<ReportDraft.Line> many = new ArrayList<>();
        for (int i = 0; i < ReportDraft.MAX_LINES + 5; i++) {
            many.add(line(null, "Nhiệm vụ " + i + " " + "rất dài ".repeat(40), ProgressStatus.DONE, 100, DueState.DONE));
        }
        ReportDraft draft = ReportDraft.compose("Thành phố Vũng Tàu", JUNE, many, 6, List.of(
                new ReportDraft.ChildLine("Phường 2", new Rollup(10, 0, 10, 0, 4, 1))));
        String body = draft.body();
        assertTrue(body.contains("… và 5 nhiệm vụ khác."), body);
        assertTrue(body.contains("- Nhiệm vụ cấp trên giao chưa tiếp nhận: 6.\n"), body);
        assertTrue(body.contains("III. Tình hình các đơn vị trực thuộc\n- Phường 2: 10 nhiệm vụ, hoàn thành 4 (40 %), quá hạn 1.\n"), body);
        assertTrue(body.length() < PeriodicReport.MAX_BODY, "length " + body.length());
        assertTrue(body.lines().allMatch(l -> l.length() <= 200), "long task texts are shortened");
    }

    @Test
    void periodsAreNamedByTheirDueMonth() {
        assertEquals("tháng 6/2024", ReportDraft.label(JUNE));
        assertEquals("quý I/2025", ReportDraft.label(
                ReportingPeriod.containing(Frequency.QUARTERLY, LocalDate.of(2024, 12, 25), 20)));
        assertEquals("quý III/2024", ReportDraft.label(
                ReportingPeriod.containing(Frequency.QUARTERLY, LocalDate.of(2024, 8, 1), 20)));
        assertEquals("năm 2024", ReportDraft.label(
                ReportingPeriod.containing(Frequency.YEARLY, LocalDate.of(2024, 3, 1), 20)));
    }
}
