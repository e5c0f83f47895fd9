package vn.dtiplan.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A unit's scorecard for a year. {@code total} is the published total if any, else the computed
 * one; {@code difference} = published − computed. {@code rank}/{@code rankOf} are the published
 * rank if any, else the computed rank among same-level siblings (only when every sibling is
 * scored and the caller may see them all). {@code change} is the change of the total since the
 * previous year, when that year is assessed too.
 */
public record AssessmentView(String unitCode, String unitName, String parentCode, int year, long frameworkId,
                             String frameworkName, String status, BigDecimal total, BigDecimal computedTotal,
                             BigDecimal publishedTotal, BigDecimal difference, BigDecimal max,
                             Integer rank, Integer rankOf, Integer publishedRank, Integer publishedRankOf,
                             Integer computedRank, Integer computedRankOf, List<PillarLine> pillars,
                             List<PillarGap> gaps, List<CriterionGap> criterionGaps, List<AdjustmentLine> adjustments,
                             List<Step> steps, Integer previousYear, BigDecimal previousTotal, BigDecimal change,
                             List<PillarLine> previousPillars) implements Serializable {

    public record PillarLine(String name, BigDecimal score, BigDecimal max, BigDecimal selfAssessed,
                             BigDecimal appraised, boolean derived) implements Serializable {
    }

    public record PillarGap(String pillar, BigDecimal lost, BigDecimal score, BigDecimal max) implements Serializable {
    }

    /** A criterion not at its maximum: {@code lost} = max − score. */
    public record CriterionGap(String code, String title, String pillar, String parentCode, BigDecimal max,
                               BigDecimal score, BigDecimal lost) implements Serializable {
    }

    public record AdjustmentLine(BigDecimal points, String reason) implements Serializable {
    }

    public record Step(String status, String actor, Instant at) implements Serializable {
    }
}
