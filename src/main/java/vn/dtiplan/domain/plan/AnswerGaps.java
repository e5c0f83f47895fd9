package vn.dtiplan.domain.plan;

import java.util.List;

/**
 * The criteria that lost points in one assessment a plan answers, as the service found them:
 * {@code assessed} false when the plan's unit has no such assessment ({@code criteria} empty).
 */
public record AnswerGaps(AnsweredAssessment answer, String frameworkName, boolean assessed, List<PointsLost> criteria) {

    public static AnswerGaps notAssessed(AnsweredAssessment answer) {
        return new AnswerGaps(answer, null, false, List.of());
    }
}
