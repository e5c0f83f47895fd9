package vn.dtiplan.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The children of a unit ranked for a year (e.g. Vũng Tàu's 17 wards): published order, else by total. */
public record ChildRanking(String unitCode, String unitName, int year, boolean complete, List<Row> rows) implements Serializable {

    /** One child: {@code total} null when it has no assessment. */
    public record Row(String unitCode, String unitName, BigDecimal total, BigDecimal computedTotal, BigDecimal max,
                      Integer publishedRank, Integer publishedRankOf, Integer computedRank,
                      List<AssessmentView.PillarLine> pillars) implements Serializable {
    }
}
