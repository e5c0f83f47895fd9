package vn.dtiplan.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's scores for a year as the score entry screen edits them: every pillar and criterion
 * of the framework with its maximum and both sides' values, the caller's side ({@code appraiser}
 * = a unit above, else the unit itself), what the caller may do now, and the published total
 * and rank an appraiser records. {@code status} and {@code version} (the assessment's
 * {@code @Version}, which a save names) are null while nothing is stored yet.
 */
public record ScoringForm(String unitCode, String unitName, int year, long frameworkId, String frameworkName,
                          String status, boolean appraiser, boolean mayEdit, boolean maySubmit, boolean mayAppraise,
                          boolean mayPublish, List<Line> lines, List<Adjustment> adjustments, BigDecimal publishedTotal,
                          Integer publishedRank, Integer publishedRankOf, Long version) implements Serializable {

    /** A pillar ({@code code} null, depth 0) or a criterion (depth 1 at the top of its pillar, deeper when nested). */
    public record Line(String pillar, String code, String title, int depth, BigDecimal max, BigDecimal selfAssessed,
                       BigDecimal appraised) implements Serializable {
    }

    public record Adjustment(BigDecimal points, String reason) implements Serializable {
    }
}
