package vn.dtiplan.application.plan;

import java.math.BigDecimal;
import java.util.List;
import vn.dtiplan.domain.plan.IssueProblem;
import vn.dtiplan.domain.plan.PointsLost;

/**
 * What issuing a plan will do: {@code units} child units receive {@code tasks} cascading
 * tasks, {@code copies} inherited tasks in all; {@code pending} lists the parent plan's
 * inherited tasks still pending in the unit, which block issuing (the coverage gate);
 * {@code problems} what keeps the plan from being complete (issue 16), among them each
 * criterion of {@code unaddressed}: lost points in an assessment the plan answers, with no task
 * and no reason yet.
 */
public record IssuePreview(int units, int tasks, int copies, List<String> unitCodes, List<TaskView> pending,
                           List<IssueProblem> problems, List<Gap> unaddressed) {

    /** A criterion that lost points, with no task and no reason yet. */
    public record Gap(String criterionCode, String title, BigDecimal lost) {

        static Gap of(PointsLost p) {
            return new Gap(p.criterionCode(), p.title(), p.lost());
        }
    }

    public boolean blocked() {
        return !pending.isEmpty() || !problems.isEmpty();
    }
}
