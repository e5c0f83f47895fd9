package vn.dtiplan.domain.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dtiplan.domain.DomainRuleException;

/**
 * A remediation plan drafted from an assessment's gaps ("Lập kế hoạch từ điểm còn thiếu"):
 * one task per criterion that lost points, targeting it, with the points at stake; where only
 * a pillar's score is known (no criterion of that pillar lost points on record), one task for
 * the pillar. A criterion whose sub-criteria lost points is covered by them, not repeated.
 * Tasks come most points lost first; nothing cascades until the planner says so.
 *
 * <p>The wording is the plan's, in Vietnamese like the official document it becomes: the
 * planner rewrites the solutions, leads and timeframes in the editor. The number is left open
 * ("…/KH-UBND") until the office assigns it; the plan is for the year after the assessment.
 */
public final class GapRemediation {

    static final String OPEN_NUMBER = "…/KH-UBND";

    private GapRemediation() {
    }

    /**
     * The draft's tasks from the criterion and pillar gaps of the assessment of {@code year}.
     *
     * @throws DomainRuleException when nothing lost points
     */
    public static List<TaskContent> tasks(List<PointsLost> criteria, List<PointsLost> pillars, int year) {
        Set<String> covered = criteria.stream().map(PointsLost::parentCode).filter(c -> c != null)
                .collect(Collectors.toSet());
        List<PointsLost> targets = new ArrayList<>(criteria.stream()
                .filter(c -> positive(c) && !covered.contains(c.criterionCode())).toList());
        Set<String> pillarsWithCriteria = targets.stream().map(PointsLost::pillar).collect(Collectors.toSet());
        pillars.stream().filter(p -> positive(p) && !pillarsWithCriteria.contains(p.pillar())).forEach(targets::add);
        if (targets.isEmpty()) {
            throw new DomainRuleException("plan.gaps.none", String.valueOf(year));
        }
        targets.sort(Comparator.comparing(PointsLost::lost).reversed());
        return targets.stream().map(GapRemediation::task).toList();
    }

    /** The draft's header: an open number, the usual title, the plan year after the assessment. */
    public static PlanHeader header(int year, BigDecimal totalLost) {
        String purpose = "Khắc phục các tồn tại, hạn chế trong đánh giá Chỉ số chuyển đổi số năm " + year
                + (totalLost == null ? "" : " (tổng số điểm còn thiếu: " + points(totalLost) + ")") + ".";
        return new PlanHeader(OPEN_NUMBER, null, null,
                "Kế hoạch khắc phục tồn tại, hạn chế Chỉ số chuyển đổi số năm " + year, year + 1, List.of(), purpose,
                null, List.of(), null, null, null);
    }

    private static TaskContent task(PointsLost gap) {
        String solution = gap.isPillar()
                ? "Khắc phục điểm còn thiếu của trụ cột " + gap.pillar()
                : "Khắc phục điểm còn thiếu của tiêu chí " + gap.criterionCode() + ": " + gap.title();
        return new TaskContent(gap.criterionCode(), gap.title(), gap.lost(), solution, null, List.of(), null, null,
                null, null, false, List.of());
    }

    private static boolean positive(PointsLost gap) {
        return gap.lost() != null && gap.lost().signum() > 0;
    }

    /** 2.395 as Vietnamese writes it: "2,395". */
    static String points(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
    }
}
