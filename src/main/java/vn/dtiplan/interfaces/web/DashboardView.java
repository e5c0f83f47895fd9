package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.application.document.ExportService;
import vn.dtiplan.application.progress.OversightBoard;
import vn.dtiplan.application.progress.OversightService;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.DepartmentTask;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.application.progress.UnitProgressView;
import vn.dtiplan.application.progress.UnitTasks;
import vn.dtiplan.application.report.ReportService;
import vn.dtiplan.application.report.ReportingStanding;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.progress.OnTimeRate;
import vn.dtiplan.domain.progress.PillarTally;
import vn.dtiplan.domain.progress.YearlyDue;
import vn.dtiplan.domain.progress.ReportStanding;
import vn.dtiplan.domain.progress.ReportStatus;
import vn.dtiplan.interfaces.Messages;

/**
 * The progress dashboard of a unit ({@code dashboard.xhtml?unit=…}, the caller's own unit by
 * default): its roll-up over everything below it, one row per child unit to drill into, and the
 * unit's own tasks with progress and due state, each opening its task screen. Province → city →
 * ward → task is three clicks. A unit with units below also shows its oversight board: its direct
 * children (a city opens its wards under its row on demand) as a sortable table and a heat map, both
 * paged, each with its
 * monthly report for the period due last (late marked) and its on-time rate, and its children's
 * scores and ranks by pillar of one year with the year before's totals ({@link ScoreTable}: the latest
 * year first, another on demand, paged). A unit without units below (a ward) shows its
 * tasks by pillar (a table and a stacked bar chart). Every unit but the province shows its own monthly
 * reports (the period due last and the one under way) with a link to its reports screen. A unit
 * outside the caller's subtree answers 404.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExportService exports;

    @Inject
    private ProgressService progress;

    @Inject
    private AccountService accounts;

    @Inject
    private OversightService oversight;

    @Inject
    private ReportService reports;

    @Inject
    private LanguageBean language;

    /** Rows on a page of the heat map (the table pages itself the same). */
    static final int HEAT_PAGE = 50;

    /** Heat-map columns: the figure and whether more is better. */
    private static final Map<String, Boolean> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("done", true);
        METRICS.put("overdue", false);
        METRICS.put("pending", false);
        METRICS.put("declined", false);
        METRICS.put("score", true);
        METRICS.put("ontime", true);
    }

    /** The heat-map metrics shown as a share. */
    private static final Set<String> PERCENT = Set.of("done", "score", "ontime");

    private String unit;
    private String kind;
    /** The children whose own children are shown under their rows, in the order they were opened. */
    private final List<String> openedCodes = new ArrayList<>();
    private int heatFirst;
    private Integer scoreYear;
    private int scoreFirst;
    private transient Shown shown;
    private transient Map<String, int[]> ranges;

    /**
     * What the services answered for this view. Not part of the session: on a single instance the bean
     * keeps it between requests; where the session is written out (a cluster's store, the IT probe) only
     * the unit, the kind and the choices above are, and a restored view reads the rest again under the
     * new request's scope (architecture.md, "Session and view state in a cluster").
     */
    private static final class Shown {
        private UnitProgressView rollup;
        private List<TaskProgressRow> tasks;
        private List<DepartmentTask> departmentTasks = List.of();
        private List<PillarTally> byPillar;
        private List<YearlyDue.Tally> byYear = List.of();
        private String pillarChart;
        private ReportingStanding reporting;
        private OversightBoard board;
        private final List<OversightBoard.UnitRow> rows = new ArrayList<>();
        private final Map<String, List<OversightBoard.UnitRow>> opened = new HashMap<>();
        private ScoreTable scoreTable;
        private String trendChart;
    }

    public void open() throws IOException {
        CallerView caller = accounts.caller().orElse(null);
        if (unit == null || unit.isBlank()) {
            unit = caller == null ? null : caller.unitCode();
        }
        try {
            if (unit == null) {
                throw new RecordNotFoundException();
            }
            shown = read(caller);
        } catch (RecordNotFoundException notVisible) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The view's data: read when the page opens, again when a restored view lacks it. */
    private Shown shown() {
        if (shown == null) {
            List<String> wasOpen = List.copyOf(openedCodes);
            Integer year = scoreYear;
            int first = scoreFirst;
            openedCodes.clear();
            shown = read(accounts.caller().orElse(null));
            wasOpen.forEach(this::toggle);
            if (year != null) {
                scoreYear(year);
            }
            if (shown.scoreTable != null && first > 0) {
                scorePage(first / ScoreTable.PAGE);
            }
        }
        return shown;
    }

    private Shown read(CallerView caller) {
        Shown read = new Shown();
        read.rollup = progress.unitProgress(unit);
        UnitTasks own = progress.unitTasks(unit);
        read.tasks = own.tasks();
        read.byPillar = own.byPillar();
        read.byYear = own.byYear();
        read.departmentTasks = caller != null && caller.department() != null && unit.equals(caller.unitCode())
                ? progress.departmentTasks() : List.of();
        read.reporting = reports.standing(unit).orElse(null);
        read.board = read.rollup.children().isEmpty() ? null : oversight.board(unit, true, kind);
        if (read.board != null) {
            read.rows.addAll(read.board.rows());
        }
        shown = read;
        showScores(read.board == null || read.board.scores() == null ? null : new ScoreTable(read.board.scores()));
        read.pillarChart = read.board != null || read.byPillar.isEmpty() ? null : pillars(read.byPillar);
        return read;
    }

    /**
     * Opens a child's own children under its row (their board, asked for now), or closes them: the
     * board lists the direct children only, so the page stays small whatever the subtree.
     */
    public void toggle(String childCode) {
        List<OversightBoard.UnitRow> rows = shown().rows;
        List<OversightBoard.UnitRow> nested = shown().opened.remove(childCode);
        if (nested != null) {
            rows.removeAll(nested);
            openedCodes.remove(childCode);
        } else {
            int at = indexOf(rows, childCode);
            if (at < 0) {
                return;
            }
            nested = oversight.board(childCode, true, kind).rows().stream().map(OversightBoard.UnitRow::asNested).toList();
            rows.addAll(at + 1, nested);
            shown().opened.put(childCode, nested);
            openedCodes.add(childCode);
        }
        ranges = null;
    }

    public boolean isOpen(String childCode) {
        return shown().opened.containsKey(childCode);
    }

    private static int indexOf(List<OversightBoard.UnitRow> rows, String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).unitCode().equals(code) && !rows.get(i).nested()) {
                return i;
            }
        }
        return -1;
    }

    /** The board's rows: the direct children, each followed by its children once opened. */
    public List<OversightBoard.UnitRow> getRows() {
        return shown().rows;
    }

    /** The heat map's current page of rows ({@link #HEAT_PAGE} at a time). */
    public List<OversightBoard.UnitRow> getHeatRows() {
        List<OversightBoard.UnitRow> rows = shown().rows;
        heatFirst = Math.max(0, Math.min(heatFirst, (rows.size() - 1) / HEAT_PAGE * HEAT_PAGE));
        return rows.subList(heatFirst, Math.min(rows.size(), heatFirst + HEAT_PAGE));
    }

    public boolean isHeatPaged() {
        return shown().rows.size() > HEAT_PAGE;
    }

    /** "21–40 / 168". */
    public String getHeatRange() {
        int size = shown().rows.size();
        return (heatFirst + 1) + "–" + Math.min(size, heatFirst + HEAT_PAGE) + " / " + size;
    }

    public void heatPage(int direction) {
        heatFirst += direction * HEAT_PAGE;
    }

    /** The tasks the caller's department leads or coordinates, on its own unit's dashboard. */
    public List<DepartmentTask> getDepartmentTasks() {
        return shown().departmentTasks;
    }

    public long count(String dueState) {
        return shown().tasks.stream().filter(t -> t.dueState().name().equals(dueState)).count();
    }

    public List<String> getMetrics() {
        return List.copyOf(METRICS.keySet());
    }

    /** The figure a heat-map cell shows: a percentage or a count; null when unknown. */
    public Integer value(OversightBoard.UnitRow row, String metric) {
        return switch (metric) {
            case "done" -> row.total().percentDone();
            case "overdue" -> (int) row.total().overdue();
            case "pending" -> (int) row.total().pending();
            case "declined" -> (int) row.total().declined();
            case "score" -> row.scorePercent();
            case "ontime" -> row.onTime().percent();
            default -> throw new IllegalArgumentException(metric);
        };
    }

    /** A heat-map cell: its colour class ({@link #heat}) and its figure, with " %" for a share. */
    public record HeatCell(String style, String text) {
    }

    /** The row's heat-map cells, one per metric, in one call per row. */
    public List<HeatCell> heatCells(OversightBoard.UnitRow row) {
        return METRICS.keySet().stream().map(metric -> {
            Integer value = value(row, metric);
            String text = value == null ? "" : PERCENT.contains(metric) ? value + " %" : value.toString();
            return new HeatCell(heat(row, metric), text);
        }).toList();
    }

    /**
     * The cell's colour class, {@code heat-0} (best of the column) to {@code heat-4}, or {@code heat-none};
     * a province's cities are compared with each other and its wards with each other.
     */
    public String heat(OversightBoard.UnitRow row, String metric) {
        if (ranges == null) {
            ranges = new HashMap<>();
        }
        int[] range = ranges.computeIfAbsent(metric + row.nested(), key -> {
            List<Integer> column = shown().rows.stream().filter(r -> r.nested() == row.nested())
                    .map(r -> value(r, metric)).filter(Objects::nonNull).toList();
            return new int[] {column.stream().mapToInt(Integer::intValue).min().orElse(0),
                column.stream().mapToInt(Integer::intValue).max().orElse(0)};
        });
        Integer own = value(row, metric);
        int step = HeatMap.step(own == null ? null : own.doubleValue(), range[0], range[1], METRICS.get(metric));
        return step < 0 ? "heat-none" : "heat-" + step;
    }

    /**
     * The colour class of a unit's report for the board's period: in and on time (approved {@code heat-0},
     * submitted {@code heat-1}), in but late {@code heat-2}, not in and not yet late {@code heat-3},
     * not in and late {@code heat-4}.
     */
    public String reportHeat(OversightBoard.UnitRow row) {
        ReportStanding report = row.report();
        boolean in = !report.missing() && report.status().isIn();
        if (in) {
            return report.late() ? "heat-2" : report.status() == ReportStatus.APPROVED ? "heat-0" : "heat-1";
        }
        return report.late() ? "heat-4" : "heat-3";
    }

    public String rate(OnTimeRate rate) {
        return ReportsView.rateText(rate);
    }

    /** The unit's tasks per pillar as stacked bars: done, under way, overdue (labels in the user's language). */
    private String pillars(List<PillarTally> tallies) {
        Locale locale = language.getLocale();
        List<String> labels = tallies.stream().map(t -> t.pillar() == null ? Messages.text(locale, "dashboard.pillarUnknown")
                : t.pillar()).toList();
        return ChartJs.stackedBars(labels, List.of(
                new ChartJs.Series(Messages.text(locale, "dashboard.done"), counts(tallies, PillarTally::done)),
                new ChartJs.Series(Messages.text(locale, "dashboard.underWay"), counts(tallies, PillarTally::open)),
                new ChartJs.Series(Messages.text(locale, "dashboard.overdue"), counts(tallies, PillarTally::overdue))),
                List.of("#1e7b3a", "#1d4ed8", "#c9302c"));
    }

    private static List<BigDecimal> counts(List<PillarTally> tallies, ToIntFunction<PillarTally> count) {
        return tallies.stream().map(t -> BigDecimal.valueOf(count.applyAsInt(t))).toList();
    }

    private void showScores(ScoreTable table) {
        shown().scoreTable = table;
        shown().trendChart = table == null ? null : table.chart();
        scoreFirst = table == null ? 0 : table.first();
    }

    /** Shows the score table of another year (its pillars and ranks asked for now), from its first page. */
    public void scoreYear(int year) {
        scoreYear = year;
        showScores(scoresOf(year));
    }

    private ScoreTable scoresOf(int year) {
        OversightBoard.ScoreBoard scores = oversight.scores(unit, getKind(), year);
        return scores == null ? null : new ScoreTable(scores);
    }

    public void scorePage(int direction) {
        shown().scoreTable.page(direction);
        showScores(shown().scoreTable);
    }

    /** The children's scores of one year, paged; null when none is scored. */
    public ScoreTable getScoreTable() {
        return shown().scoreTable;
    }

    /** The unit's tasks by pillar; shown on the dashboard of a unit without units below. */
    /** The unit's own tasks counted per year (a recurring task in every year it falls due; issue 16). */
    public List<YearlyDue.Tally> getByYear() {
        return shown().byYear;
    }

    public List<PillarTally> getByPillar() {
        return shown().byPillar;
    }

    public String getPillarChart() {
        return shown().pillarChart;
    }

    /** Chart height grows with the pillars so every name stays readable. */
    public int getPillarHeight() {
        List<PillarTally> byPillar = shown().byPillar;
        return byPillar == null ? 0 : 70 + 34 * byPillar.size();
    }

    /** The unit's own monthly reports, or null for a unit that reports to nobody. */
    public ReportingStanding getReporting() {
        return shown().reporting;
    }

    public OversightBoard getBoard() {
        return shown().board;
    }

    public String getTrendChart() {
        return shown().trendChart;
    }

    /** The kind of index whose scores the board shows ({@code ?kind=}, DTI when absent; issue 16). */
    public String getKind() {
        // the view parameter reads it before the page opens: no read of the board for that
        OversightBoard board = shown == null ? null : shown.board;
        return board == null ? kind : board.kind();
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public UnitProgressView getRollup() {
        return shown().rollup;
    }

    public List<TaskProgressRow> getTasks() {
        return shown().tasks;
    }

    /** The dashboard as an Excel workbook: the counts above and the unit's tasks. */
    public StreamedContent file() {
        return Downloads.xlsx(exports.progress(unit));
    }
}
