package vn.dtiplan.application.plan;

import java.util.List;
import vn.dtiplan.domain.plan.PlanAnswers;
import vn.dtiplan.domain.plan.PlanHeader;
import vn.dtiplan.domain.plan.TaskContent;

/**
 * A new draft plan of the unit {@code unitCode}, optionally implementing an issued parent plan,
 * with the assessments it answers and the criteria it leaves for later ({@code answers}).
 */
public record PlanDraft(String unitCode, PlanHeader header, Long implementsPlanId, List<TaskContent> tasks,
                        PlanAnswers answers) {

    public PlanDraft {
        answers = answers == null ? PlanAnswers.NONE : answers;
    }

    public PlanDraft(String unitCode, PlanHeader header, Long implementsPlanId, List<TaskContent> tasks) {
        this(unitCode, header, implementsPlanId, tasks, PlanAnswers.NONE);
    }
}
