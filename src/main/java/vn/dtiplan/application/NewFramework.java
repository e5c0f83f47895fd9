package vn.dtiplan.application;

import java.math.BigDecimal;
import java.util.List;
import vn.dtiplan.domain.unit.UnitLevel;

/** A framework to create, as the API and the Excel import give it; {@code kind} null is DTI, {@code bands} may be null. */
public record NewFramework(String issuerCode, int year, UnitLevel level, String name, List<Pillar> pillars,
                           String kind, List<Band> bands) {

    public NewFramework(String issuerCode, int year, UnitLevel level, String name, List<Pillar> pillars) {
        this(issuerCode, year, level, name, pillars, null, null);
    }

    public record Band(BigDecimal min, String label) {
    }

    public record Pillar(String name, BigDecimal max, List<Criterion> criteria) {
    }

    public record Criterion(String code, String title, BigDecimal max, String scoringMethod, String evidence) {
    }
}
