package vn.dtiplan.domain.publication;

import java.time.LocalDate;
import java.util.Collection;
import vn.dtiplan.domain.assessment.AssessmentStatus;
import vn.dtiplan.domain.plan.PlanStatus;
import vn.dtiplan.domain.plan.TimeframeKind;
import vn.dtiplan.domain.progress.Overdue;
import vn.dtiplan.domain.progress.ProgressStatus;

/**
 * The publication policy: what the public page of a unit ({@code /cong-khai/{code}},
 * {@code GET /api/public/units/{code}}) may show, read in the unit's public scope.
 *
 * <ul>
 * <li>a plan: the unit's own plans once issued (issued, amended or superseded), never a draft and
 * never a plan of a unit below or above (each has its own page);</li>
 * <li>a plan's progress: counts only (tasks, done, overdue as {@link Overdue} says; a task
 * cascaded to the units below is their work and never counts as the unit's overdue task), no
 * task text, lead or person;</li>
 * <li>an assessment: published ones only, with the total, the maximum and the rank as published;
 * a self-assessment, a submitted or an appraised score is not public.</li>
 * </ul>
 * Nothing that names a person leaves: the page has no signer, no actor of a workflow step, no
 * account, e-mail or address. The trade-off is less detail than a signed-in official sees, in
 * exchange for a page that can be cached by anyone and shows nothing still being decided.
 */
public final class Publication {

    private Publication() {
    }

    /** Whether the plan of {@code planUnitPath} in {@code status} is shown on the page of the unit at {@code unitPath}. */
    public static boolean showsPlan(String unitPath, String planUnitPath, PlanStatus status) {
        return status != null && status.isIssued() && unitPath != null && unitPath.equals(planUnitPath);
    }

    /** Whether an assessment in {@code status} is shown. */
    public static boolean showsAssessment(AssessmentStatus status) {
        return status == AssessmentStatus.PUBLISHED;
    }

    /** What the counts of a public plan line read of one task. */
    public record TaskFacts(TimeframeKind kind, LocalDate due, ProgressStatus status, boolean cascade) {
    }

    /** The counts of a public plan line. */
    public record Figures(int tasks, int done, int overdue) {
    }

    /** The counts of a plan's tasks on {@code today}. */
    public static Figures figures(Collection<TaskFacts> tasks, LocalDate today) {
        int done = 0;
        int overdue = 0;
        for (TaskFacts t : tasks) {
            done += t.status() == ProgressStatus.DONE ? 1 : 0;
            overdue += !t.cascade() && Overdue.isOverdue(t.kind(), null, t.status(), t.due(), today) ? 1 : 0;
        }
        return new Figures(tasks.size(), done, overdue);
    }
}
