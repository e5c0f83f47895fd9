package vn.dtiplan.application.plan;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A criterion a task may target, from the framework of {@code frameworkYear}: its code, title,
 * pillar, and the points the unit lost on it that year ({@code pointsAtStake}, null when not
 * scored or at its maximum); {@code frameworkId} opens the criterion's solution library (0: none).
 */
public record CriterionOption(String code, String title, String pillar, BigDecimal pointsAtStake, int frameworkYear,
        long frameworkId)
        implements Serializable {
}
