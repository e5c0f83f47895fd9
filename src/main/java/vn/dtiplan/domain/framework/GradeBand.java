package vn.dtiplan.domain.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import vn.dtiplan.domain.DomainRuleException;

/** A grade band of a framework: a total of at least {@code min} earns {@code label} ("Xuất sắc" from 90). */
@Embeddable
public class GradeBand {

    private static final int LABEL_LENGTH = 100;

    @Column(name = "min_points", nullable = false, precision = 9, scale = 4)
    private BigDecimal min;

    @Column(name = "label", nullable = false, length = LABEL_LENGTH)
    private String label;

    protected GradeBand() {
    }

    public GradeBand(BigDecimal min, String label) {
        BigDecimal exact = Points.exact(min, "band");
        if (exact.signum() < 0) {
            throw new DomainRuleException("framework.band.invalid", Points.text(min));
        }
        String cleaned = Names.clean(label);
        if (cleaned == null || cleaned.isEmpty() || cleaned.length() > LABEL_LENGTH) {
            throw new DomainRuleException("framework.band.label.required", Points.text(min));
        }
        this.min = exact;
        this.label = cleaned;
    }

    public BigDecimal getMin() {
        return min;
    }

    public String getLabel() {
        return label;
    }
}
