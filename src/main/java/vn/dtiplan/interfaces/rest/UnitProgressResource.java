package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.application.progress.UnitProgressView;
import vn.dtiplan.domain.listing.Page;
import vn.dtiplan.domain.listing.PageRequest;
import vn.dtiplan.domain.listing.TaskQuery;

/**
 * {@code GET /api/units/{code}/progress}: counts over the unit and everything below it, per child too,
 * and (extension) the unit's current and projected score; {@code GET …/progress/tasks}: the unit's
 * own tasks with the points each can win back, the pillar it aims at, the day of the last report and
 * the evidence count.
 */
@Tag(name = "Progress")
@Path("units/{code}/progress")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitProgressResource {

    /** The contract's answer; the score fields are absent while the unit has no result. */
    public record Progress(String unitCode, String name, long tasks, long pending, long adopted, long declined,
                           long done, long overdue, int percentDone, List<ChildCounts> children, Integer scoreYear,
                           BigDecimal currentScore, BigDecimal projectedScore, BigDecimal maxScore) {
    }

    public record ChildCounts(String unitCode, String name, long tasks, long pending, long done, long overdue,
                              int percentDone) {
    }

    /** One of the unit's own live tasks; {@code target} its measurable target against the latest value (or null). */
    public record TaskRow(long taskId, String planNumber, String criterionCode, BigDecimal pointsAtStake,
                          String solution, String lead, String timeframe, LocalDate due, String state, String status,
                          int percent, String dueState, LocalDate lastUpdate, long evidenceCount, String pillar,
                          PlanJson.Target target) {

        static TaskRow of(TaskProgressRow t) {
            return new TaskRow(t.taskId(), t.planNumber(), t.criterionCode(), t.pointsAtStake(), t.solution(), t.lead(),
                    t.timeframe(), t.due(), t.state(), t.status().name(), t.percent(), t.dueState().name(),
                    t.lastUpdate(), t.evidenceCount(), t.pillar(), PlanJson.Target.of(null, t.target()));
        }
    }

    @Inject
    private ProgressService progress;

    @Operation(summary = "A unit's progress summary")
    @GET
    public Progress progress(@PathParam("code") String code) {
        UnitProgressView view = progress.unitProgress(code);
        var t = view.total();
        var score = view.score();
        return new Progress(view.unitCode(), view.unitName(), t.tasks(), t.pending(), t.adopted(), t.declined(),
                t.done(), t.overdue(), t.percentDone(), view.children().stream().map(c -> new ChildCounts(c.unitCode(),
                        c.unitName(), c.total().tasks(), c.total().pending(), c.total().done(), c.total().overdue(),
                        c.total().percentDone())).toList(),
                score == null ? null : score.year(), score == null ? null : score.current(),
                score == null ? null : score.projected(), score == null ? null : score.max());
    }

    /** One year of {@code GET /units/{code}/progress/years}: the unit's own tasks due that year. */
    public record YearCounts(int year, int tasks, int done, int overdue, int open) {
    }

    /**
     * The unit's own live tasks counted per year (issue 16): a recurring task counts in every year it
     * falls due, overdue in a year whose period passed without a progress entry ({@code YearlyDue}).
     */
    @GET
    @Path("years")
    @Operation(summary = "A unit's own tasks counted per year (multi-year plans)")
    public List<YearCounts> years(@PathParam("code") String code) {
        return progress.byYear(code).stream().map(y -> new YearCounts(y.year(), y.tasks(), y.done(), y.overdue(),
                y.open())).toList();
    }

    /**
     * The unit's own live tasks with progress, due state and the points each can win back; filtered by
     * {@code q}, {@code status}, {@code overdue=true}, {@code department}, {@code pillar} and paged in the query.
     */
    @Operation(summary = "A unit's tasks with their progress")
    @GET
    @Path("tasks")
    public Page<TaskRow> tasks(@PathParam("code") String code, @QueryParam("q") String q,
            @QueryParam("status") String status, @QueryParam("overdue") String overdue,
            @QueryParam("department") String department, @QueryParam("pillar") String pillar,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return progress.tasksOf(code, TaskQuery.parse(q, status, overdue, department, pillar),
                PageRequest.parse(page, size))
                .map(TaskRow::of);
    }
}
