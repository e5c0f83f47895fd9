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
 * previous year, when that year is assessed too (on the same kind of index).
 *
 * <p>Several indices (issue 16): {@code kind} is the framework's (DTI, PAR...), {@code grade}
 * the label of its grade band the total reaches, and {@code ranks} the ranks at several scopes
 * (a unit code): those published ({@code published} true) and those computed, at each ancestor
 * the caller sees whole, when every unit of that scope at the unit's level is scored on the
 * framework. {@code version} is the assessment's {@code @Version} (its {@code ETag}, what
 * {@code If-Match} names on a change of its scores).
 */
public record AssessmentView(String unitCode, String unitName, String parentCode, int year, long frameworkId,
                             String frameworkName, String status, BigDecimal total, BigDecimal computedTotal,
                             BigDecimal publishedTotal, BigDecimal difference, BigDecimal max,
                             Integer rank, Integer rankOf, Integer publishedRank, Integer publishedRankOf,
                             Integer computedRank, Integer computedRankOf, List<PillarLine> pillars,
                             List<PillarGap> gaps, List<CriterionGap> criterionGaps, List<AdjustmentLine> adjustments,
                             List<Step> steps, Integer previousYear, BigDecimal previousTotal, BigDecimal change,
                             List<PillarLine> previousPillars, String kind, String grade, List<RankLine> ranks,
                             long version)
        implements Serializable {

    /** The fields before several indices: the default kind, no grade, no ranks at scopes. */
    public AssessmentView(String unitCode, String unitName, String parentCode, int year, long frameworkId,
                          String frameworkName, String status, BigDecimal total, BigDecimal computedTotal,
                          BigDecimal publishedTotal, BigDecimal difference, BigDecimal max,
                          Integer rank, Integer rankOf, Integer publishedRank, Integer publishedRankOf,
                          Integer computedRank, Integer computedRankOf, List<PillarLine> pillars,
                          List<PillarGap> gaps, List<CriterionGap> criterionGaps, List<AdjustmentLine> adjustments,
                          List<Step> steps, Integer previousYear, BigDecimal previousTotal, BigDecimal change,
                          List<PillarLine> previousPillars) {
        this(unitCode, unitName, parentCode, year, frameworkId, frameworkName, status, total, computedTotal,
                publishedTotal, difference, max, rank, rankOf, publishedRank, publishedRankOf, computedRank,
                computedRankOf, pillars, gaps, criterionGaps, adjustments, steps, previousYear, previousTotal, change,
                previousPillars, "DTI", null, List.of(), 0);
    }

    /** A rank of the unit at a scope (an ancestor's code and name): "5/33" in the city, "19/177" in the province. */
    public record RankLine(String scope, String scopeName, int rank, int of, boolean published) implements Serializable {
    }

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
