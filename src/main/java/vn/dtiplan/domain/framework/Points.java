package vn.dtiplan.domain.framework;

import java.math.BigDecimal;
import vn.dtiplan.domain.DomainRuleException;

/**
 * Points are exact decimals with at most {@value #SCALE} decimal places (published scores such
 * as 46.3812 use four); never doubles. Stored as numeric(9,4), shown without trailing zeros.
 */
public final class Points {

    public static final int SCALE = 4;

    private Points() {
    }

    /** The value at scale {@value #SCALE}; refused when missing or finer than {@value #SCALE} decimal places. */
    public static BigDecimal exact(BigDecimal value, String what) {
        if (value == null) {
            throw new DomainRuleException("points.required", what);
        }
        BigDecimal plain = plain(value);
        if (plain.scale() > SCALE) {
            throw new DomainRuleException("points.precision", what, plain.toPlainString(), SCALE);
        }
        return plain.setScale(SCALE);
    }

    /** The value without trailing zeros and never in exponent form (100, not 1E+2). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The text of a value for messages: plain digits, a dot as the decimal separator. */
    public static String text(BigDecimal value) {
        return value == null ? "" : plain(value).toPlainString();
    }
}
