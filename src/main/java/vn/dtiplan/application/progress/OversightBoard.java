package vn.dtiplan.application.progress;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.dtiplan.domain.progress.OnTimeRate;
import vn.dtiplan.domain.progress.ReportStanding;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.progress.Rollup;

/**
 * What a city or province oversees: one row per unit below (a city's wards; a province's cities, each
 * followed by its wards) with its roll-up and latest score and rank among its siblings, and the
 * direct children's scores by pillar with ranks, year on year. {@code reportPeriod}: the monthly
 * period the rows' report standing is for (the one due last, {@link ReportingPeriod#latestDue}).
 * Scores and ranks are those of one kind of index ({@code kind}: DTI, PAR, …); {@code kinds} lists
 * every kind the units below were scored on, the default first (issue 16).
 */
public record OversightBoard(String unitCode, String unitName, List<UnitRow> rows, ScoreBoard scores,
                             ReportingPeriod reportPeriod, String reportPeriodLabel, String kind, List<String> kinds)
        implements Serializable {

    /**
     * One unit below: {@code nested} for a ward under a city on a province's board; {@code score},
     * {@code rank} null when it has no appraised or published result (a rank needs every sibling scored);
     * {@code report} its monthly report for the board's period, {@code onTime} its on-time reporting rate;
     * {@code opens}: it has local governments below (a city), whose board a screen may open under it.
     */
    public record UnitRow(String unitCode, String unitName, String parentName, boolean nested, Rollup total,
                          BigDecimal score, BigDecimal max, Integer rank, Integer rankOf, ReportStanding report,
                          OnTimeRate onTime, boolean opens) implements Serializable {

        /** The same row shown under its parent on the parent's board. */
        public UnitRow asNested() {
            return new UnitRow(unitCode, unitName, parentName, true, total, score, max, rank, rankOf, report, onTime, false);
        }

        /** The score as a share of the maximum, 0..100, or null. */
        public Integer scorePercent() {
            return score == null || max == null || max.signum() == 0 ? null
                    : score.multiply(BigDecimal.valueOf(100)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
        }
    }

    /** The direct children's appraised or published results: pillars of the latest year and totals of every year. */
    public record ScoreBoard(int year, List<String> pillars, List<BigDecimal> pillarMaxima, List<Integer> years,
                             List<ScoreRow> rows) implements Serializable {
    }

    /** One child's latest total and rank, each pillar's score and rank, and its totals per year (null where none). */
    public record ScoreRow(String unitCode, String unitName, BigDecimal total, Integer rank, List<PillarCell> pillars,
                           List<BigDecimal> totalsByYear) implements Serializable {
    }

    /** A pillar score and its rank among the siblings. */
    public record PillarCell(BigDecimal score, Integer rank) implements Serializable {
    }
}
