package vn.dtiplan.application.plan;

import java.util.List;
import vn.dtiplan.domain.plan.PlanAnswers;
import vn.dtiplan.domain.plan.PlanHeader;

/**
 * A plan with its header and tasks (own tasks, and for a plan implementing a parent plan the
 * inherited tasks it adopted). {@code editable}: the caller's unit owns the draft; {@code answers}:
 * the assessments the plan answers and the criteria it leaves for later.
 */
public record PlanDetail(PlanSummary plan, PlanHeader header, List<TaskView> tasks, boolean editable,
                         boolean issuable, PlanAnswers answers) {
}
