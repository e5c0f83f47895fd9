package vn.dtiplan.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.dtiplan.application.progress.OversightBoard;

/**
 * The dashboard's score table, one year at a time and {@link #PAGE} children a page, so the page
 * stays small at a province of 168 wards with five years of results: the chosen year's totals and
 * pillars with ranks, each child's total of the year before and the change, and a chart of the two
 * years for the rows on the page. The board gives the latest year; another year is asked for when
 * chosen ({@code OversightService.scores}).
 */
public class ScoreTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows on a page. */
    static final int PAGE = 50;

    private final OversightBoard.ScoreBoard scores;
    private int first;

    ScoreTable(OversightBoard.ScoreBoard scores) {
        this.scores = scores;
    }

    public OversightBoard.ScoreBoard getScores() {
        return scores;
    }

    /** Every year with results, newest first (the choice). */
    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>(scores.years());
        java.util.Collections.reverse(years);
        return years;
    }

    /** The year before the shown one that has results, or null. */
    public Integer getPreviousYear() {
        int at = scores.years().indexOf(scores.year());
        return at > 0 ? scores.years().get(at - 1) : null;
    }

    public List<OversightBoard.ScoreRow> getRows() {
        first = Math.max(0, Math.min(first, (scores.rows().size() - 1) / PAGE * PAGE));
        return scores.rows().subList(first, Math.min(scores.rows().size(), first + PAGE));
    }

    public boolean isPaged() {
        return scores.rows().size() > PAGE;
    }

    /** "51–100 / 168". */
    public String getRange() {
        return (first + 1) + "–" + Math.min(scores.rows().size(), first + PAGE) + " / " + scores.rows().size();
    }

    public void page(int direction) {
        first += direction * PAGE;
    }

    /** The index of the first row on the page shown. */
    int first() {
        return first;
    }

    /** The row's total of the year before, or null. */
    public BigDecimal previous(OversightBoard.ScoreRow row) {
        Integer year = getPreviousYear();
        return year == null ? null : row.totalsByYear().get(scores.years().indexOf(year));
    }

    /** The change since the year before ("+2.5", "−1"), or null when either total is missing. */
    public String change(OversightBoard.ScoreRow row) {
        BigDecimal before = previous(row);
        if (before == null || row.total() == null) {
            return null;
        }
        BigDecimal change = row.total().subtract(before).stripTrailingZeros();
        String plain = change.abs().toPlainString();
        return change.signum() > 0 ? "+" + plain : change.signum() < 0 ? "−" + plain : "±0";
    }

    /** Grouped bars of the page's rows: the year before (when any) and the shown year. */
    String chart() {
        List<OversightBoard.ScoreRow> rows = getRows();
        List<ChartJs.Series> series = new ArrayList<>();
        Integer before = getPreviousYear();
        if (before != null) {
            series.add(new ChartJs.Series(String.valueOf(before), rows.stream().map(this::previous).toList()));
        }
        series.add(new ChartJs.Series(String.valueOf(scores.year()), rows.stream().map(OversightBoard.ScoreRow::total).toList()));
        return ChartJs.groupedBars(rows.stream().map(OversightBoard.ScoreRow::unitName).toList(), series, null);
    }

    /** Chart height grows with the rows on the page so every name stays readable. */
    public int getChartHeight() {
        return 80 + 14 * getRows().size() * (getPreviousYear() == null ? 1 : 2);
    }
}
