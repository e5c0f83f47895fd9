package vn.dtiplan.application.plan;

import java.util.List;
import vn.dtiplan.domain.plan.InheritanceState;

/**
 * The adoption matrix of an issued plan: one column per cascading task, one row per child
 * unit the caller may see, each cell the state of that unit's copy ({@code null}: the task
 * does not reach that unit).
 */
public record MatrixView(long planId, String planNumber, List<Column> tasks, List<Row> units) {

    /** How many of the units hold the task {@code taskId} in {@code state}. */
    public long count(long taskId, InheritanceState state) {
        return units.stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.parentTaskId() == taskId && c.state() == state).count();
    }

    public record Column(long taskId, int ordinal, String criterionCode, String solution) {
    }

    public record Row(String unitCode, String unitName, List<Cell> cells, int pending) {
    }

    public record Cell(long parentTaskId, Long taskId, InheritanceState state) {
    }
}
