package vn.dtiplan.domain.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.framework.Points;

/**
 * A bonus (positive) or penalty (negative) line added to the pillar sum, always with its reason,
 * e.g. "self-score more than 5 % above the appraised score: −1".
 */
@Embeddable
public class Adjustment {

    @Column(name = "points", nullable = false, precision = 9, scale = 4)
    private BigDecimal points;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    protected Adjustment() {
    }

    public Adjustment(BigDecimal points, String reason) {
        BigDecimal exact = Points.exact(points, "adjustment");
        if (exact.signum() == 0) {
            throw new DomainRuleException("assessment.adjustment.zero");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleException("assessment.adjustment.reason.required");
        }
        this.points = exact;
        this.reason = reason.strip();
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getReason() {
        return reason;
    }
}
