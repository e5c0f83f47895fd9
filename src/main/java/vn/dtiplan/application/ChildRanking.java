package vn.dtiplan.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The children of a unit ranked for a year (e.g. Vũng Tàu's 17 wards) on one framework
 * ({@code frameworkId}, {@code kind}; the default index unless one was chosen): published order,
 * else by total. {@code frameworks} are the frameworks the children were scored on that year.
 */
public record ChildRanking(String unitCode, String unitName, int year, boolean complete, List<Row> rows,
                           Long frameworkId, String kind, List<FrameworkChoice> frameworks) implements Serializable {

    /** A ranking on the default index, no other framework to choose. */
    public ChildRanking(String unitCode, String unitName, int year, boolean complete, List<Row> rows) {
        this(unitCode, unitName, year, complete, rows, null, "DTI", List.of());
    }

    /** One child: {@code total} null when it has no assessment on the framework. */
    public record Row(String unitCode, String unitName, BigDecimal total, BigDecimal computedTotal, BigDecimal max,
                      Integer publishedRank, Integer publishedRankOf, Integer computedRank,
                      List<AssessmentView.PillarLine> pillars, String grade) implements Serializable {

        public Row(String unitCode, String unitName, BigDecimal total, BigDecimal computedTotal, BigDecimal max,
                   Integer publishedRank, Integer publishedRankOf, Integer computedRank,
                   List<AssessmentView.PillarLine> pillars) {
            this(unitCode, unitName, total, computedTotal, max, publishedRank, publishedRankOf, computedRank, pillars,
                    null);
        }
    }
}
