package vn.dtiplan.application.plan;

import java.util.List;
import vn.dtiplan.domain.plan.PlanHeader;
import vn.dtiplan.domain.plan.TaskContent;

/** A new draft plan of the unit {@code unitCode}, optionally implementing an issued parent plan. */
public record PlanDraft(String unitCode, PlanHeader header, Long implementsPlanId, List<TaskContent> tasks) {
}
