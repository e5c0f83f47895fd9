package vn.dtiplan.application.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.dtiplan.application.report.ReportView;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.document.Table;
import vn.dtiplan.domain.progress.ReportChanges;
import vn.dtiplan.domain.progress.ReportDraft;

/**
 * A periodic report as a workbook: its text line by line with its figures, and what changed since
 * the previous period (one row per change: kind, criterion, task, from, to, when) — the same lists
 * as {@code GET /api/reports/{id}/changes} and the report screen. Words are Vietnamese, as on paper.
 */
final class ReportTable {

    static final List<String> CHANGE_HEADERS = List.of("Thay đổi", "Mã tiêu chí", "Nhiệm vụ", "Từ", "Đến", "Thời điểm");
    static final String DONE = "Hoàn thành trong kỳ";
    static final String OVERDUE = "Mới quá hạn";
    static final String PROGRESS = "Tiến độ thay đổi";
    static final String EVIDENCE = "Minh chứng mới";
    static final String DECISION = "Quyết định tiếp nhận";
    static final String AMENDMENT = "Điều chỉnh từ cấp trên";
    static final String NOTHING = "Không có thay đổi so với kỳ trước.";

    private ReportTable() {
    }

    static List<Table> of(ReportView report, ReportChanges.Changes changes) {
        return List.of(text(report), changes(report, changes));
    }

    private static Table text(ReportView report) {
        ReportDraft.Figures f = report.figures();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Tổng số nhiệm vụ", f.tasks()));
        rows.add(List.of("Hoàn thành", f.done()));
        rows.add(List.of("Đang thực hiện", f.inProgress()));
        rows.add(List.of("Quá hạn", f.overdue()));
        String body = report.body() == null ? "" : report.body();
        Arrays.stream(body.split("\n", -1)).forEach(line -> rows.add(Arrays.asList(line, null)));
        return new Table("Báo cáo", "BÁO CÁO " + report.label().toUpperCase(Locale.ROOT),
                report.unitName() + " — " + report.label(), List.of("Nội dung", "Số liệu"), rows, new int[]{100, 12},
                Set.of());
    }

    private static Table changes(ReportView report, ReportChanges.Changes c) {
        List<List<Object>> rows = new ArrayList<>();
        c.done().forEach(t -> rows.add(row(DONE, t.criterionCode(), t.solution(), null, null, null)));
        c.newlyOverdue().forEach(t -> rows.add(row(OVERDUE, t.criterionCode(), t.solution(), null, null, null)));
        c.progress().forEach(m -> rows.add(row(PROGRESS, m.criterionCode(), m.solution(), m.from() + " %", m.to() + " %",
                null)));
        c.evidence().forEach(e -> rows.add(row(EVIDENCE, e.criterionCode(), e.solution(), null, e.name(),
                VietnamTime.text(e.at()))));
        c.decisions().forEach(d -> rows.add(row(DECISION, d.criterionCode(), d.solution(), null,
                Words.state(d.state()), VietnamTime.text(d.at()))));
        c.amendments().forEach(a -> rows.add(row(AMENDMENT, a.criterionCode(), a.solution(), null,
                String.join(", ", a.fields()), VietnamTime.text(a.at()))));
        if (rows.isEmpty()) {
            rows.add(row(NOTHING, null, null, null, null, null));
        }
        return new Table("Thay đổi", "THAY ĐỔI SO VỚI KỲ TRƯỚC", report.label() + " so với "
                + ReportDraft.label(c.since()), CHANGE_HEADERS, rows, new int[]{24, 10, 60, 10, 24, 18}, Set.of());
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
