package vn.dtiplan.application.plan;

import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.domain.plan.InheritanceState;

/**
 * A task and every copy below it that the caller may see, depth first (a city's copy of a
 * province task, then the wards' copies of it): unit, state, lead and due of each.
 */
public record LineageView(TaskView task, List<Entry> children) {

    /** One copy; {@code depth} 1 is a direct child of the task. */
    public record Entry(long taskId, Long parentTaskId, int depth, String unitCode, String unitName,
                        InheritanceState state, String lead, LocalDate due, boolean dueConflict) {
    }
}
