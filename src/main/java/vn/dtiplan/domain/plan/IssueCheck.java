package vn.dtiplan.domain.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a draft plan is complete enough to issue (issue 16): it has a number (not the open
 * "…/KH-UBND" of a draft from gaps), a date and a signer; each of its own tasks has a lead and a
 * timeframe (words or a due date); and every criterion that lost points in the assessments the
 * plan answers is addressed, by a task naming it or the criterion above it, or by a
 * {@link NotAddressed} line with a reason. A criterion whose sub-criteria lost points is
 * addressed through them (as {@link GapRemediation} drafts one task per sub-criterion). An
 * answered assessment the unit does not have is a problem too. A plan that answers no
 * assessment (one that only implements its parent's) is checked for the rest only.
 *
 * <p>The service gathers the gaps ({@link AnswerGaps}); this class decides. Every problem is
 * listed, never only the first.
 */
public final class IssueCheck {

    private IssueCheck() {
    }

    /** Refuses with every problem, or returns quietly when the plan may issue. */
    public static void require(Plan plan, Collection<? extends Task> tasks, List<AnswerGaps> gaps) {
        List<IssueProblem> problems = problems(plan, tasks, gaps);
        if (!problems.isEmpty()) {
            throw new PlanIncompleteException(plan.getNumber(), problems);
        }
    }

    /** Every problem that blocks issuing, header first, then tasks in order, then gaps. */
    public static List<IssueProblem> problems(Plan plan, Collection<? extends Task> tasks, List<AnswerGaps> gaps) {
        List<IssueProblem> problems = new ArrayList<>();
        if (plan.getNumber() == null || plan.getNumber().startsWith("…") || plan.getNumber().startsWith("...")) {
            problems.add(IssueProblem.of("plan.check.number"));
        }
        if (plan.getDate() == null) {
            problems.add(IssueProblem.of("plan.check.date"));
        }
        if (plan.getSignerName() == null) {
            problems.add(IssueProblem.of("plan.check.signer"));
        }
        for (Task t : tasks.stream().filter(t -> t.inherited().isEmpty()).toList()) {
            if (t.getLeadName() == null && t.getLeadDepartment() == null) {
                problems.add(IssueProblem.of("plan.check.task.lead", t.getOrdinal(), shorten(t.getSolution())));
            }
            if (t.getTimeframe() == null && t.getDue() == null) {
                problems.add(IssueProblem.of("plan.check.task.timeframe", t.getOrdinal(), shorten(t.getSolution())));
            }
        }
        for (AnswerGaps answer : gaps) {
            if (!answer.assessed()) {
                problems.add(IssueProblem.of("plan.check.notAssessed", answer.frameworkName() != null
                        ? answer.frameworkName() : "#" + answer.answer().frameworkId(), String.valueOf(answer.answer().year())));
            }
        }
        unaddressed(plan.getAnswers(), tasks, gaps).forEach(g -> problems.add(IssueProblem.of("plan.check.gap",
                g.criterionCode(), g.title(), g.lost())));
        return problems;
    }

    /**
     * The criteria that lost points in the answered assessments and that neither a task nor a
     * not-addressed line covers, most points lost first within each assessment.
     */
    public static List<PointsLost> unaddressed(PlanAnswers answers, Collection<? extends Task> tasks,
                                               List<AnswerGaps> gaps) {
        Set<String> covered = Stream.concat(tasks.stream().map(Task::getCriterionCode),
                answers.notAddressed().stream().map(NotAddressed::criterionCode))
                .filter(c -> c != null).map(String::strip).collect(Collectors.toSet());
        return gaps.stream().flatMap(a -> leaves(a.criteria()).stream())
                .filter(g -> !covered.contains(g.criterionCode())
                        && (g.parentCode() == null || !covered.contains(g.parentCode())))
                .distinct().toList();
    }

    /** The criteria that lost points and have no sub-criterion that lost points. */
    private static List<PointsLost> leaves(List<PointsLost> criteria) {
        List<PointsLost> lost = criteria.stream().filter(c -> !c.isPillar() && c.lost() != null && c.lost().signum() > 0)
                .toList();
        Set<String> parents = lost.stream().map(PointsLost::parentCode).filter(c -> c != null).collect(Collectors.toSet());
        return lost.stream().filter(c -> !parents.contains(c.criterionCode()))
                .sorted((a, b) -> b.lost().compareTo(a.lost())).toList();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
