package vn.dtiplan.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An edit of a task: each field {@code null} stays as it is. A new {@code criterionCode} comes
 * with its title and points at stake (absent: none known); the same code again keeps them. A new
 * {@code measurable} target replaces the old and, unless {@code target} words come with it, its words.
 */
public record TaskChanges(String criterionCode, String solution, String lead, List<String> coordinating,
                          String target, String evidence, String timeframe, LocalDate due, Boolean cascade,
                          String criterionTitle, BigDecimal pointsAtStake, MeasurableTarget measurable) {

    public TaskChanges(String criterionCode, String solution, String lead, List<String> coordinating, String target,
                       String evidence, String timeframe, LocalDate due, Boolean cascade, String criterionTitle,
                       BigDecimal pointsAtStake) {
        this(criterionCode, solution, lead, coordinating, target, evidence, timeframe, due, cascade, criterionTitle,
                pointsAtStake, null);
    }

    /** Changes the criterion by its code alone, leaving its title to the unit's framework. */
    public boolean namesCriterionOnly() {
        return criterionCode != null && !criterionCode.isBlank() && criterionTitle == null;
    }

    /** These changes with the framework's title of the criterion, and its points unless they give their own. */
    public TaskChanges withCriterion(String title, BigDecimal points) {
        return new TaskChanges(criterionCode, solution, lead, coordinating, target, evidence, timeframe, due, cascade,
                title, pointsAtStake != null ? pointsAtStake : points, measurable);
    }

    public TaskChanges(String criterionCode, String solution, String lead, List<String> coordinating, String target,
                       String evidence, String timeframe, LocalDate due, Boolean cascade) {
        this(criterionCode, solution, lead, coordinating, target, evidence, timeframe, due, cascade, null, null);
    }
}
