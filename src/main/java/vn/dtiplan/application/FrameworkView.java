package vn.dtiplan.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * A framework with its pillars and criteria (criteria in code order, {@code parentCode} for
 * nesting), its kind (DTI, PAR...) and grade bands (lowest first); {@code version} is its
 * {@code @Version} (what the edit form and {@code If-Match} name).
 */
public record FrameworkView(long id, String issuerCode, String issuerName, int year, UnitLevel level, String name,
                            String status, BigDecimal max, List<Pillar> pillars, String kind, List<Band> bands,
                            long version)
        implements Serializable {

    /** A grade band: a total of at least {@code min} earns {@code label}. */
    public record Band(BigDecimal min, String label) implements Serializable {
    }

    public record Pillar(int position, String name, BigDecimal max, List<Criterion> criteria) implements Serializable {
    }

    public record Criterion(String code, String parentCode, String title, BigDecimal max, String scoringMethod,
                            String evidence) implements Serializable {
    }
}
