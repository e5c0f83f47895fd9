package vn.dtiplan.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Scores put for a unit and year. {@code pillars} and {@code criteria} replace the caller's side
 * (self-assessed for the unit itself, appraised for a unit above); {@code rank}/{@code rankOf},
 * {@code publishedTotal}, {@code adjustments} and {@code ranks} (published at several scopes, each an
 * ancestor's code) are for appraisers, and null leaves them as they are.
 */
public record ScoreEntry(long frameworkId, Map<String, BigDecimal> pillars, Map<String, BigDecimal> criteria,
                         Integer rank, Integer rankOf, BigDecimal publishedTotal, List<AdjustmentLine> adjustments,
                         List<RankLine> ranks) {

    public ScoreEntry(long frameworkId, Map<String, BigDecimal> pillars, Map<String, BigDecimal> criteria,
                      Integer rank, Integer rankOf, BigDecimal publishedTotal, List<AdjustmentLine> adjustments) {
        this(frameworkId, pillars, criteria, rank, rankOf, publishedTotal, adjustments, null);
    }

    public record RankLine(String scope, Integer rank, Integer of) {
    }

    public record AdjustmentLine(BigDecimal points, String reason) {
    }
}
