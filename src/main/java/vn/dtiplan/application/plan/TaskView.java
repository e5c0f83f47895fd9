package vn.dtiplan.application.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.domain.plan.DeclineReview;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.LeadKind;
import vn.dtiplan.domain.plan.TimeframeKind;

/**
 * A task as screens and the API show it. {@code due} is the stored due date; {@code nextDue}
 * the next occurrence from today for a recurring task. For an inherited task
 * {@code parentTaskId}, {@code sourcePlanId} and {@code state} are set, with the decision
 * (who, when, the decline reason and its review) and the fields the unit adapted. {@code version}
 * is the task's optimistic-lock version (the API's {@code ETag}). {@code measurable} is the task's
 * measurable target with its latest measurement, or null ({@code target} is then free text, if any).
 * In a plan's detail {@code ordinal} is the task's number in the plan (1 to n, {@code TaskNumbering}).
 */
public record TaskView(long id, Long planId, String unitCode, String unitName, int ordinal, String criterionCode, String criterionTitle,
                       BigDecimal pointsAtStake, String solution, String lead, LeadKind leadKind,
                       Long leadDepartmentId, List<String> coordinating, String target, String evidence,
                       String timeframe, TimeframeKind timeframeKind, LocalDate due, LocalDate nextDue,
                       boolean cascade, List<String> cascadeTargets, Long parentTaskId, Long sourcePlanId,
                       String sourcePlanNumber, InheritanceState state, List<String> adaptedFields,
                       String decidedBy, Instant decidedAt, String declineReason, DeclineReview declineReview,
                       boolean dueConflict, long version, TargetView measurable) {

    /** This task with the number its plan shows for it ({@link vn.dtiplan.domain.plan.TaskNumbering}). */
    public TaskView numbered(int number) {
        return new TaskView(id, planId, unitCode, unitName, number, criterionCode, criterionTitle, pointsAtStake, solution, lead,
                leadKind, leadDepartmentId, coordinating, target, evidence, timeframe, timeframeKind, due, nextDue, cascade,
                cascadeTargets, parentTaskId, sourcePlanId, sourcePlanNumber, state, adaptedFields, decidedBy, decidedAt,
                declineReason, declineReview, dueConflict, version, measurable);
    }
}
