package vn.dtiplan.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.AssessmentView;
import vn.dtiplan.domain.plan.AnswerGaps;
import vn.dtiplan.domain.plan.AnsweredAssessment;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PointsLost;

/**
 * Gathers, through the assessment service (in the caller's scope), the criteria that lost points
 * in each assessment a plan answers, of the plan's own unit; whether they are addressed is the
 * domain's rule ({@link vn.dtiplan.domain.plan.IssueCheck}).
 */
@ApplicationScoped
class PlanGaps {

    @Inject
    private AssessmentService assessments;

    List<AnswerGaps> of(Plan plan) {
        String unitCode = plan.getUnit().getCode();
        return plan.getAnswers().answers().stream().map(a -> gapsOf(unitCode, a)).toList();
    }

    /** The framework of the unit's assessment of {@code year}, if it is assessed. */
    Optional<Long> frameworkOf(String unitCode, int year) {
        return assessments.assessment(unitCode, year).map(AssessmentView::frameworkId);
    }

    private AnswerGaps gapsOf(String unitCode, AnsweredAssessment answer) {
        return assessments.assessment(unitCode, answer.year(), answer.frameworkId())
                .map(v -> new AnswerGaps(answer, v.frameworkName(), true, v.criterionGaps().stream()
                        .map(g -> PointsLost.criterion(g.code(), g.title(), g.pillar(), g.parentCode(), g.lost()))
                        .toList()))
                .orElseGet(() -> AnswerGaps.notAssessed(answer));
    }
}
