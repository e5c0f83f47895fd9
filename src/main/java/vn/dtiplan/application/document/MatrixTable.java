package vn.dtiplan.application.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.dtiplan.application.plan.MatrixView;
import vn.dtiplan.domain.document.Table;
import vn.dtiplan.domain.plan.InheritanceState;

/**
 * The adoption matrix of a plan as the matrix screen shows it: a sheet with one row per child
 * unit (STT, unit, one column per cascading task headed by its number and criterion code, each
 * cell the state word, then the count still pending) and a sheet listing the tasks with how
 * many units adopted, adapted, have pending or declined each.
 */
final class MatrixTable {

    static final List<InheritanceState> COUNTED = List.of(InheritanceState.ADOPTED, InheritanceState.ADAPTED,
            InheritanceState.PENDING, InheritanceState.DECLINED);

    private MatrixTable() {
    }

    static List<Table> of(MatrixView matrix) {
        return List.of(units(matrix), tasks(matrix));
    }

    private static Table units(MatrixView matrix) {
        List<String> headers = new ArrayList<>(List.of("STT", "Đơn vị"));
        matrix.tasks().forEach(c -> headers.add(heading(c)));
        headers.add("Còn chờ");
        List<List<Object>> rows = new ArrayList<>();
        for (MatrixView.Row unit : matrix.units()) {
            List<Object> row = new ArrayList<>(List.of(Integer.toString(rows.size() + 1), unit.unitName()));
            unit.cells().forEach(cell -> row.add(Words.state(cell.state())));
            row.add(unit.pending());
            rows.add(row);
        }
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 12);
        widths[0] = 6;
        widths[1] = 28;
        return new Table("Tiếp nhận", "BẢNG THEO DÕI TIẾP NHẬN NHIỆM VỤ", caption(matrix), headers, rows, widths, Set.of());
    }

    private static Table tasks(MatrixView matrix) {
        List<String> headers = new ArrayList<>(List.of("STT", "Mã tiêu chí", "Nhiệm vụ"));
        COUNTED.forEach(s -> headers.add(Words.state(s)));
        List<List<Object>> rows = new ArrayList<>();
        for (MatrixView.Column column : matrix.tasks()) {
            List<Object> row = new ArrayList<>(List.of(Integer.toString(column.ordinal()),
                    column.criterionCode() == null ? "" : column.criterionCode(), column.solution()));
            COUNTED.forEach(s -> row.add(matrix.count(column.taskId(), s)));
            rows.add(row);
        }
        return new Table("Nhiệm vụ", "CÁC NHIỆM VỤ ĐƯỢC GIAO", caption(matrix), headers, rows,
                new int[]{6, 12, 50, 12, 12, 14, 12}, Set.of());
    }

    private static String heading(MatrixView.Column column) {
        return column.criterionCode() == null || column.criterionCode().isBlank() ? Integer.toString(column.ordinal())
                : column.ordinal() + " (" + column.criterionCode() + ")";
    }

    private static String caption(MatrixView matrix) {
        return "Kế hoạch số " + (matrix.planNumber() == null ? "(dự thảo)" : matrix.planNumber());
    }
}
