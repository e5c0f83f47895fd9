package vn.dtiplan.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a plan says about one task: the criterion it targets (code and title as the plan
 * words it) and the points at stake, the
 * solution, the lead as written, the coordinating units, a target, the evidence required,
 * the timeframe in the plan's words, an explicit due date (else read from the timeframe),
 * whether it cascades and to which child units (unit codes; empty: all direct children), and a
 * measurable target (none: the target, if any, is free text).
 */
public record TaskContent(String criterionCode, String criterionTitle, BigDecimal pointsAtStake, String solution, String lead,
                          List<String> coordinating, String target, String evidence, String timeframe,
                          LocalDate due, boolean cascade, List<String> cascadeTargets, MeasurableTarget measurable) {

    /** Content whose target, if any, is free text. */
    public TaskContent(String criterionCode, String criterionTitle, BigDecimal pointsAtStake, String solution,
                       String lead, List<String> coordinating, String target, String evidence, String timeframe,
                       LocalDate due, boolean cascade, List<String> cascadeTargets) {
        this(criterionCode, criterionTitle, pointsAtStake, solution, lead, coordinating, target, evidence, timeframe,
                due, cascade, cascadeTargets, null);
    }

    /** Names a criterion by its code alone, leaving its title to the unit's framework. */
    public boolean namesCriterionOnly() {
        return criterionCode != null && !criterionCode.isBlank() && criterionTitle == null;
    }

    /** This content with the framework's title of its criterion, and its points unless it wrote its own. */
    public TaskContent withCriterion(String title, BigDecimal points) {
        return new TaskContent(criterionCode, title, pointsAtStake != null ? pointsAtStake : points, solution, lead,
                coordinating, target, evidence, timeframe, due, cascade, cascadeTargets, measurable);
    }

    /** The smallest content the API accepts. */
    public static TaskContent of(String solution, String lead, String timeframe, boolean cascade) {
        return new TaskContent(null, null, null, solution, lead, List.of(), null, null, timeframe, null, cascade, List.of());
    }
}
