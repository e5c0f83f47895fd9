package vn.dtiplan.application.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.application.progress.UnitProgressView;
import vn.dtiplan.domain.assessment.PointsAtStake;
import vn.dtiplan.domain.document.Table;
import vn.dtiplan.domain.progress.Rollup;

/**
 * A unit's progress as its dashboard shows it: a sheet of counts (the unit over everything
 * below it, bold, then each child unit: tasks, pending decisions, done, overdue, percent done —
 * the figures of {@code GET /api/units/{code}/progress}) and a sheet of the unit's own tasks
 * (STT, criterion, task, plan, lead, timeframe, due date, points it can win back, due state,
 * status, percent, last report, evidence count — the screen's columns in its order, then what
 * the task screen adds). The unit's current and projected score, when it has one, is in the
 * caption, as in the dashboard's score card.
 */
final class ProgressTable {

    static final List<String> COUNT_HEADERS = List.of("STT", "Đơn vị", "Số nhiệm vụ", "Chờ quyết định", "Hoàn thành",
            "Quá hạn", "Tỷ lệ hoàn thành (%)");
    static final List<String> TASK_HEADERS = List.of("STT", "Mã tiêu chí", "Nhiệm vụ", "Kế hoạch", "Chủ trì",
            "Thời gian thực hiện", "Hạn", "Điểm có thể lấy lại", "Tình trạng hạn", "Trạng thái", "Tiến độ (%)", "Cập nhật lần cuối",
            "Số minh chứng");

    private ProgressTable() {
    }

    static List<Table> of(UnitProgressView unit, List<TaskProgressRow> tasks) {
        return List.of(counts(unit), tasks(unit, tasks));
    }

    private static Table counts(UnitProgressView unit) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(counts("", unit.unitName(), unit.total()));
        for (UnitProgressView.Child child : unit.children()) {
            rows.add(counts(Integer.toString(rows.size()), child.unitName(), child.total()));
        }
        return new Table("Tổng hợp", "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", caption(unit), COUNT_HEADERS, rows, new int[]{6, 30, 12, 14, 12, 10, 14}, Set.of(0));
    }

    private static List<Object> counts(String stt, String name, Rollup r) {
        return List.of(stt, name, r.tasks(), r.pending(), r.done(), r.overdue(), r.percentDone());
    }

    private static Table tasks(UnitProgressView unit, List<TaskProgressRow> tasks) {
        List<List<Object>> rows = new ArrayList<>();
        for (TaskProgressRow t : tasks) {
            List<Object> row = new ArrayList<>();
            row.add(Integer.toString(rows.size() + 1));
            row.add(t.criterionCode());
            row.add(t.solution());
            row.add(t.planNumber());
            row.add(t.lead());
            row.add(t.timeframe());
            row.add(Words.day(t.due()));
            row.add(t.pointsAtStake());
            row.add(Words.DUE_STATES.get(t.dueState()));
            row.add(Words.STATUSES.get(t.status()));
            row.add(t.percent());
            row.add(Words.day(t.lastUpdate()));
            row.add(t.evidenceCount());
            rows.add(row);
        }
        return new Table("Nhiệm vụ", "NHIỆM VỤ CỦA ĐƠN VỊ", unit.unitName(), TASK_HEADERS, rows,
                new int[]{6, 10, 44, 16, 22, 18, 12, 12, 16, 15, 10, 13, 11}, Set.of());
    }

    /** "Phường 2 và các đơn vị trực thuộc; điểm chỉ số năm 2023: 83.105 → 86.605 / 100". */
    static String caption(UnitProgressView unit) {
        String caption = unit.unitName() + (unit.children().isEmpty() ? "" : " và các đơn vị trực thuộc");
        PointsAtStake.Projection score = unit.score();
        return score == null ? caption : caption + "; điểm chỉ số năm " + score.year() + ": "
                + score.current().toPlainString() + " → " + score.projected().toPlainString() + " / "
                + score.max().toPlainString() + " nếu hoàn thành các nhiệm vụ đã nhận";
    }
}
