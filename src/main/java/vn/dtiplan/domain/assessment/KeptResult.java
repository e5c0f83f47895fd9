package vn.dtiplan.domain.assessment;

import java.math.BigDecimal;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.Points;

/**
 * An assessment's figures as kept with it ({@link Assessment#keepResults()}), read without its
 * scores: a board ranks and shows every year of many units from these. {@code total} is
 * {@link Scorecard#total()} (null when nothing is scored), in plain digits as the scorecard gives it.
 */
public record KeptResult(long assessmentId, long unitId, int year, IndexFramework framework, AssessmentStatus status,
                         BigDecimal total, Integer publishedRank, Integer publishedRankOf) {

    public KeptResult {
        total = Points.plain(total);
    }

    /** Whether the result counts in rankings and boards ({@link AssessmentStatus#counts()}). */
    public boolean counts() {
        return status.counts();
    }
}
