package vn.dtiplan.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.AssessmentStatus;
import vn.dtiplan.domain.assessment.ScorePair;
import vn.dtiplan.domain.assessment.ScoreSide;
import vn.dtiplan.domain.framework.Criterion;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.Pillar;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * Builds a {@link ScoringForm}. What the caller may do follows the assessment's rules: the unit
 * edits and submits its self-assessment while a draft; an appraiser edits until published,
 * appraises a submitted assessment and publishes an appraised one.
 */
final class ScoringForms {

    private ScoringForms() {
    }

    static ScoringForm of(AdministrativeUnit unit, IndexFramework framework, Assessment assessment, ScoreSide side) {
        AssessmentStatus status = assessment == null ? null : assessment.getStatus();
        boolean appraiser = side == ScoreSide.APPRAISAL;
        boolean mayEdit = appraiser ? status != AssessmentStatus.PUBLISHED
                : status == null || status == AssessmentStatus.DRAFT;
        List<ScoringForm.Line> lines = new ArrayList<>();
        for (Pillar p : framework.getPillars()) {
            Optional<ScorePair> pair = assessment == null ? Optional.empty() : assessment.pillarScore(p.getName());
            lines.add(line(p.getName(), null, p.getName(), 0, p, pair));
            for (Criterion c : p.getCriteria()) {
                Optional<ScorePair> scores = assessment == null ? Optional.empty() : assessment.criterionScore(c.getCode());
                lines.add(line(p.getName(), c.getCode(), c.getTitle(), depth(p, c), c, scores));
            }
        }
        return new ScoringForm(unit.getCode(), unit.getName(), framework.getYear(), framework.getId(),
                framework.getName(), status == null ? null : status.name(), appraiser, mayEdit,
                !appraiser && status == AssessmentStatus.DRAFT, appraiser && status == AssessmentStatus.SUBMITTED,
                appraiser && status == AssessmentStatus.APPRAISED, lines,
                assessment == null ? List.of() : assessment.getAdjustments().stream()
                        .map(a -> new ScoringForm.Adjustment(Points.plain(a.getPoints()), a.getReason())).toList(),
                assessment == null ? null : Points.plain(assessment.getPublishedTotal()),
                assessment == null ? null : assessment.getPublishedRank(),
                assessment == null ? null : assessment.getPublishedRankOf(),
                assessment == null ? null : assessment.getVersion());
    }

    private static ScoringForm.Line line(String pillar, String code, String title, int depth, Object target,
                                         Optional<ScorePair> pair) {
        return new ScoringForm.Line(pillar, code, title, depth,
                Points.plain(target instanceof Pillar p ? p.getMax() : ((Criterion) target).getMax()),
                pair.map(ScorePair::getSelfAssessed).map(Points::plain).orElse(null),
                pair.map(ScorePair::getAppraised).map(Points::plain).orElse(null));
    }

    private static int depth(Pillar pillar, Criterion criterion) {
        int depth = 1;
        for (Optional<Criterion> parent = pillar.parentOf(criterion.getCode()); parent.isPresent();
             parent = pillar.parentOf(parent.get().getCode())) {
            depth++;
        }
        return depth;
    }
}
