package vn.dtiplan.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import vn.dtiplan.domain.DomainRuleException;

/**
 * A task's measurable target (chỉ tiêu): an indicator ("Tỷ lệ hồ sơ trực tuyến toàn trình"), its
 * unit ("%"), the baseline when the plan was written, the target value and which side of it meets
 * the target ({@link TargetDirection}), with the latest value measured (progress records it).
 *
 * <p>{@link #isMet()} is the one rule of "met": the latest measurement on the right side of the
 * value, the value itself included ("ít nhất 80 %" is met by 80 %); nothing measured is not met.
 * Immutable: a measurement or an edit replaces the whole value. An inherited copy starts with no
 * measurement ({@link #forCopy}): each unit measures its own.
 */
@Embeddable
public class MeasurableTarget implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_INDICATOR = 400;
    static final int MAX_UNIT = 40;

    @Column(name = "target_indicator", length = MAX_INDICATOR)
    private String indicator;

    @Column(name = "target_unit", length = MAX_UNIT)
    private String unit;

    @Column(name = "target_baseline", precision = 18, scale = 4)
    private BigDecimal baseline;

    @Column(name = "target_value", precision = 18, scale = 4)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_direction", length = 16)
    private TargetDirection direction;

    @Column(name = "target_latest", precision = 18, scale = 4)
    private BigDecimal latest;

    protected MeasurableTarget() {
    }

    /**
     * @throws DomainRuleException without an indicator, a value or a direction, or with words too long
     */
    public MeasurableTarget(String indicator, String unit, BigDecimal baseline, BigDecimal value,
                            TargetDirection direction) {
        this.indicator = Plan.blankToNull(indicator);
        this.unit = Plan.blankToNull(unit);
        if (this.indicator == null || value == null || direction == null) {
            throw new DomainRuleException("task.target.incomplete");
        }
        if (this.indicator.length() > MAX_INDICATOR || this.unit != null && this.unit.length() > MAX_UNIT) {
            throw new DomainRuleException("task.target.tooLong");
        }
        this.baseline = baseline;
        this.value = value;
        this.direction = direction;
    }

    /** Whether the latest measurement meets the target. */
    public boolean isMet() {
        return isMetBy(latest);
    }

    /** Whether {@code measured} would meet the target. */
    public boolean isMetBy(BigDecimal measured) {
        if (measured == null) {
            return false;
        }
        int side = measured.compareTo(value);
        return direction == TargetDirection.AT_LEAST ? side >= 0 : side <= 0;
    }

    /** The same target with {@code measured} as its latest value. */
    public MeasurableTarget measured(BigDecimal measured) {
        MeasurableTarget t = new MeasurableTarget(indicator, unit, baseline, value, direction);
        t.latest = Objects.requireNonNull(measured, "measured");
        return t;
    }

    /** {@code current} with {@code measured} as its latest value; refused when the task has no measurable target. */
    static MeasurableTarget measuredOn(MeasurableTarget current, BigDecimal measured) {
        return Optional.ofNullable(current).orElseThrow(() -> new DomainRuleException("progress.measured.noTarget"))
                .measured(measured);
    }

    /** A task's target text: the words written, or this target's words when none were. */
    static String text(String written, MeasurableTarget measured) {
        String words = Plan.blankToNull(written);
        return words == null && measured != null ? measured.words() : words;
    }

    /** The same target for an inherited copy: nothing measured yet. */
    MeasurableTarget forCopy() {
        return new MeasurableTarget(indicator, unit, baseline, value, direction);
    }

    /** The target as a plan writes it: "Tỷ lệ hồ sơ trực tuyến toàn trình: ít nhất 80% (hiện nay 65%)". */
    public String words() {
        String side = direction == TargetDirection.AT_LEAST ? "ít nhất " : "không quá ";
        String now = baseline == null ? "" : " (hiện nay " + amount(baseline) + ")";
        return indicator + ": " + side + amount(value) + now;
    }

    /** A number with its unit, Vietnamese decimal comma: "80%", "12,5 ngày". */
    public String amount(BigDecimal number) {
        String n = number.stripTrailingZeros().toPlainString().replace('.', ',');
        return unit == null ? n : "%".equals(unit) ? n + "%" : n + " " + unit;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getValue() {
        return value;
    }

    public TargetDirection getDirection() {
        return direction;
    }

    public BigDecimal getLatest() {
        return latest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasurableTarget t && indicator.equals(t.indicator) && Objects.equals(unit, t.unit)
                && same(baseline, t.baseline) && value.compareTo(t.value) == 0 && direction == t.direction
                && same(latest, t.latest);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, unit, value.stripTrailingZeros(), direction);
    }
}
