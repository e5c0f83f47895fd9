package vn.dtiplan.domain.plan;

import java.math.BigDecimal;

/**
 * Points a unit lost in an assessment, on one criterion ({@code criterionCode} set, with its
 * title, pillar and the code of the criterion above it, if any) or on a whole pillar
 * ({@code criterionCode} null, {@code title} the pillar's name).
 */
public record PointsLost(String criterionCode, String title, String pillar, String parentCode, BigDecimal lost) {

    public static PointsLost criterion(String code, String title, String pillar, String parentCode, BigDecimal lost) {
        return new PointsLost(code, title, pillar, parentCode, lost);
    }

    public static PointsLost pillar(String name, BigDecimal lost) {
        return new PointsLost(null, name, name, null, lost);
    }

    public boolean isPillar() {
        return criterionCode == null;
    }
}
