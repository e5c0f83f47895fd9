package vn.dtiplan.application.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.dtiplan.domain.plan.MeasurableTarget;
import vn.dtiplan.domain.plan.TargetDirection;

/**
 * A task's measurable target as screens, documents and the API show it: indicator, unit, baseline,
 * target value, direction, the latest value measured and whether it meets the target
 * ({@link MeasurableTarget#isMet}); {@code words} as the plan writes it, {@code latestWords} the
 * latest value with its unit ("85%"), or null.
 */
public record TargetView(String indicator, String unit, BigDecimal baseline, BigDecimal value,
                         TargetDirection direction, BigDecimal latest, boolean met, String words,
                         String latestWords) implements Serializable {

    /** The view of {@code target}, or null for none. */
    public static TargetView of(MeasurableTarget target) {
        return target == null ? null : new TargetView(target.getIndicator(), target.getUnit(), target.getBaseline(),
                target.getValue(), target.getDirection(), target.getLatest(), target.isMet(), target.words(),
                target.getLatest() == null ? null : target.amount(target.getLatest()));
    }
}
