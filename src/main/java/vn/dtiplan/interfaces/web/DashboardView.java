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

    private String unit;
    private String kind;
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
    private int heatFirst;
    private ScoreTable scoreTable;
    private String trendChart;
    private final Map<String, int[]> ranges = new HashMap<>();

    public void open() throws IOException {
        CallerView caller = accounts.caller().orElse(null);
        if (unit == null || unit.isBlank()) {
            unit = caller == null ? null : caller.unitCode();
        }
        try {
            if (unit == null) {
                throw new RecordNotFoundException();
            }
            rollup = progress.unitProgress(unit);
            UnitTasks own = progress.unitTasks(unit);
            tasks = own.tasks();
            byPillar = own.byPillar();
            byYear = own.byYear();
            departmentTasks = caller != null && caller.department() != null && unit.equals(caller.unitCode())
                    ? progress.departmentTasks() : List.of();
            reporting = reports.standing(unit).orElse(null);
            board = rollup.children().isEmpty() ? null : oversight.board(unit, true, kind);
            if (board != null) {
                rows.addAll(board.rows());
            }
            showScores(board == null || board.scores() == null ? null : new ScoreTable(board.scores()));
            pillarChart = board != null || byPillar.isEmpty() ? null : pillars(byPillar);
        } catch (RecordNotFoundException notVisible) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /**
     * Opens a child's own children under its row (their board, asked for now), or closes them: the
     * board lists the direct children only, so the page stays small whatever the subtree.
     */
    public void toggle(String childCode) {
        List<OversightBoard.UnitRow> shown = opened.remove(childCode);
        if (shown != null) {
            rows.removeAll(shown);
        } else {
            int at = indexOf(childCode);
            if (at < 0) {
                return;
            }
            shown = oversight.board(childCode, true, kind).rows().stream().map(OversightBoard.UnitRow::asNested).toList();
            rows.addAll(at + 1, shown);
            opened.put(childCode, shown);
        }
        ranges.clear();
    }

    public boolean isOpen(String childCode) {
        return opened.containsKey(childCode);
    }

    private int indexOf(String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).unitCode().equals(code) && !rows.get(i).nested()) {
                return i;
            }
        }
        return -1;
    }

    /** The board's rows: the direct children, each followed by its children once opened. */
    public List<OversightBoard.UnitRow> getRows() {
        return rows;
    }

    /** The heat map's current page of rows ({@link #HEAT_PAGE} at a time). */
    public List<OversightBoard.UnitRow> getHeatRows() {
        heatFirst = Math.max(0, Math.min(heatFirst, (rows.size() - 1) / HEAT_PAGE * HEAT_PAGE));
        return rows.subList(heatFirst, Math.min(rows.size(), heatFirst + HEAT_PAGE));
    }

    public boolean isHeatPaged() {
        return rows.size() > HEAT_PAGE;
    }

    /** "21–40 / 168". */
    public String getHeatRange() {
        return (heatFirst + 1) + "–" + Math.min(rows.size(), heatFirst + HEAT_PAGE) + " / " + rows.size();
    }

    public void heatPage(int direction) {
        heatFirst += direction * HEAT_PAGE;
    }

    /** The tasks the caller's department leads or coordinates, on its own unit's dashboard. */
    public List<DepartmentTask> getDepartmentTasks() {
        return departmentTasks;
    }

    public long count(String dueState) {
        return tasks.stream().filter(t -> t.dueState().name().equals(dueState)).count();
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

    /**
     * The cell's colour class, {@code heat-0} (best of the column) to {@code heat-4}, or {@code heat-none};
     * a province's cities are compared with each other and its wards with each other.
     */
    public String heat(OversightBoard.UnitRow row, String metric) {
        int[] range = ranges.computeIfAbsent(metric + row.nested(), key -> {
            List<Integer> column = rows.stream().filter(r -> r.nested() == row.nested())
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
        scoreTable = table;
        trendChart = table == null ? null : table.chart();
    }

    /** Shows the score table of another year (its pillars and ranks asked for now), from its first page. */
    public void scoreYear(int year) {
        OversightBoard.ScoreBoard scores = oversight.scores(unit, getKind(), year);
        showScores(scores == null ? null : new ScoreTable(scores));
    }

    public void scorePage(int direction) {
        scoreTable.page(direction);
        showScores(scoreTable);
    }

    /** The children's scores of one year, paged; null when none is scored. */
    public ScoreTable getScoreTable() {
        return scoreTable;
    }

    /** The unit's tasks by pillar; shown on the dashboard of a unit without units below. */
    /** The unit's own tasks counted per year (a recurring task in every year it falls due; issue 16). */
    public List<YearlyDue.Tally> getByYear() {
        return byYear;
    }

    public List<PillarTally> getByPillar() {
        return byPillar;
    }

    public String getPillarChart() {
        return pillarChart;
    }

    /** Chart height grows with the pillars so every name stays readable. */
    public int getPillarHeight() {
        return byPillar == null ? 0 : 70 + 34 * byPillar.size();
    }

    /** The unit's own monthly reports, or null for a unit that reports to nobody. */
    public ReportingStanding getReporting() {
        return reporting;
    }

    public OversightBoard getBoard() {
        return board;
    }

    public String getTrendChart() {
        return trendChart;
    }

    /** The kind of index whose scores the board shows ({@code ?kind=}, DTI when absent; issue 16). */
    public String getKind() {
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
        return rollup;
    }

    public List<TaskProgressRow> getTasks() {
        return tasks;
    }

    /** The dashboard as an Excel workbook: the counts above and the unit's tasks. */
    public StreamedContent file() {
        return Downloads.xlsx(exports.progress(unit));
    }
}
