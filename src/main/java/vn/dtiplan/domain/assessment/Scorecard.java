package vn.dtiplan.domain.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dtiplan.domain.framework.Criterion;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.Pillar;
import vn.dtiplan.domain.framework.Points;

/**
 * What the scores of one assessment add up to: pillar scores, the computed total, the published
 * total and the difference between them, and the gaps.
 *
 * <p>A pillar's score is the one given for it; failing that it is derived from its criteria, but
 * only when the criteria directly under the pillar cover its whole maximum and all have a score
 * (the same rule one level down for a criterion with sub-criteria). The seeds often know pillar
 * scores only, and that is a valid assessment. The computed total is the sum of the known pillar
 * scores plus the adjustments; {@link #total()} is the published total when there is one,
 * else the computed one. Gaps put the most points lost first, framework order breaking ties.
 */
public final class Scorecard {

    /** A pillar's result; {@code score} is null when neither given nor derivable. */
    public record PillarResult(Pillar pillar, BigDecimal score, boolean derived) {

        public BigDecimal lost() {
            return score == null ? null : Points.plain(pillar.getMax().subtract(score));
        }
    }

    /** Points lost on one pillar. */
    public record PillarGap(String pillar, int position, BigDecimal max, BigDecimal score, BigDecimal lost) {
    }

    /** Points lost on one criterion. */
    public record CriterionGap(String code, String title, String pillar, String parentCode,
                               BigDecimal max, BigDecimal score, BigDecimal lost) {
    }

    private final IndexFramework framework;
    private final Map<Pillar, BigDecimal> pillarValues;
    private final Map<Criterion, BigDecimal> criterionValues;
    private final List<Adjustment> adjustments;
    private final BigDecimal publishedTotal;

    public Scorecard(IndexFramework framework, Map<Pillar, BigDecimal> pillarValues,
                     Map<Criterion, BigDecimal> criterionValues, List<Adjustment> adjustments,
                     BigDecimal publishedTotal) {
        this.framework = framework;
        this.pillarValues = Map.copyOf(pillarValues);
        this.criterionValues = Map.copyOf(criterionValues);
        this.adjustments = List.copyOf(adjustments);
        this.publishedTotal = publishedTotal;
    }

    public List<PillarResult> pillars() {
        return framework.getPillars().stream().map(this::result).toList();
    }

    private PillarResult result(Pillar pillar) {
        BigDecimal given = pillarValues.get(pillar);
        if (given != null) {
            return new PillarResult(pillar, Points.plain(given), false);
        }
        BigDecimal derived = sumIfComplete(pillar, pillar.children(null), pillar.getMax());
        return new PillarResult(pillar, Points.plain(derived), derived != null);
    }

    /** The score of a criterion: given, or derived from sub-criteria covering its maximum; else null. */
    public BigDecimal criterionScore(Criterion criterion) {
        BigDecimal given = criterionValues.get(criterion);
        if (given != null) {
            return given;
        }
        return sumIfComplete(criterion.getPillar(), criterion.getPillar().children(criterion), criterion.getMax());
    }

    private BigDecimal sumIfComplete(Pillar pillar, List<Criterion> parts, BigDecimal max) {
        if (parts.isEmpty() || sum(parts.stream().map(Criterion::getMax).toList()).compareTo(max) != 0) {
            return null;
        }
        List<BigDecimal> scores = parts.stream().map(this::criterionScore).toList();
        return scores.contains(null) ? null : sum(scores);
    }

    public IndexFramework framework() {
        return framework;
    }

    /** The result of one pillar of this scorecard's framework. */
    public PillarResult pillar(Pillar pillar) {
        return result(pillar);
    }

    /** Whether every pillar has a score. */
    public boolean complete() {
        return pillars().stream().allMatch(p -> p.score() != null);
    }

    public BigDecimal max() {
        return framework.max();
    }

    public BigDecimal adjustmentsTotal() {
        return Points.plain(sum(adjustments.stream().map(Adjustment::getPoints).toList()));
    }

    /** The sum of the known pillar scores plus the adjustments; null when no pillar has a score. */
    public BigDecimal computedTotal() {
        List<BigDecimal> known = pillars().stream().map(PillarResult::score).filter(Objects::nonNull).toList();
        return known.isEmpty() ? null : Points.plain(sum(known).add(adjustmentsTotal()));
    }

    public Optional<BigDecimal> publishedTotal() {
        return Optional.ofNullable(Points.plain(publishedTotal));
    }

    /** The published total if any, else the computed one (null when nothing is scored). */
    public BigDecimal total() {
        return publishedTotal().orElseGet(this::computedTotal);
    }

    /** Published minus computed, when both exist (−1.0002 for Vũng Tàu 2023 without adjustments). */
    public Optional<BigDecimal> difference() {
        BigDecimal computed = computedTotal();
        return publishedTotal().filter(p -> computed != null).map(p -> Points.plain(p.subtract(computed)));
    }

    /** Every scored pillar below its maximum, most points lost first. */
    public List<PillarGap> pillarGaps() {
        return pillars().stream().filter(p -> p.score() != null && p.lost().signum() > 0)
                .map(p -> new PillarGap(p.pillar().getName(), p.pillar().getPosition(),
                        Points.plain(p.pillar().getMax()), p.score(), p.lost()))
                .sorted(Comparator.comparing(PillarGap::lost).reversed().thenComparing(PillarGap::position))
                .toList();
    }

    /** Every criterion given a score below its maximum, most points lost first. */
    public List<CriterionGap> criterionGaps() {
        return framework.criteria().stream()
                .filter(c -> criterionValues.containsKey(c) && criterionValues.get(c).compareTo(c.getMax()) < 0)
                .sorted(Comparator.comparing((Criterion c) -> c.getMax().subtract(criterionValues.get(c))).reversed()
                        .thenComparing(c -> c.getPillar().getPosition()).thenComparing(Criterion::getPosition))
                .map(this::gap)
                .toList();
    }

    private CriterionGap gap(Criterion c) {
        BigDecimal score = criterionValues.get(c);
        return new CriterionGap(c.getCode(), c.getTitle(), c.getPillar().getName(),
                c.getPillar().parentOf(c.getCode()).map(Criterion::getCode).orElse(null),
                Points.plain(c.getMax()), Points.plain(score), Points.plain(c.getMax().subtract(score)));
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
