package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.application.progress.UnitProgressView;
import vn.dtiplan.domain.progress.Rollup;

/**
 * {@code GET /api/units/{code}/progress}: counts over the unit and everything below it, per child too,
 * and (extension) the unit's current and projected score; {@code GET …/progress/tasks}: the unit's
 * own tasks with the points each can win back, the pillar it aims at, the day of the last report and
 * the evidence count.
 */
@Path("units/{code}/progress")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitProgressResource {

    @Inject
    private ProgressService progress;

    @GET
    public JsonObject progress(@PathParam("code") String code) {
        UnitProgressView view = progress.unitProgress(code);
        JsonArrayBuilder children = Json.createArrayBuilder();
        view.children().forEach(child -> children.add(counts(child.total()).add("unitCode", child.unitCode())
                .add("name", child.unitName())));
        JsonObjectBuilder answer = counts(view.total()).add("unitCode", view.unitCode()).add("name", view.unitName())
                .add("adopted", view.total().adopted()).add("declined", view.total().declined())
                .add("children", children);
        if (view.score() != null) {
            answer.add("scoreYear", view.score().year()).add("currentScore", view.score().current())
                    .add("projectedScore", view.score().projected()).add("maxScore", view.score().max());
        }
        return answer.build();
    }

    /** The unit's own live tasks with progress, due state and the points each can win back. */
    @GET
    @Path("tasks")
    public JsonArray tasks(@PathParam("code") String code) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        progress.tasksOf(code).forEach(t -> array.add(task(t)));
        return array.build();
    }

    private static JsonObjectBuilder task(TaskProgressRow t) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("taskId", t.taskId()).add("solution", t.solution())
                .add("status", t.status().name()).add("percent", t.percent()).add("dueState", t.dueState().name());
        optional(o, "planNumber", t.planNumber());
        optional(o, "criterionCode", t.criterionCode());
        optional(o, "lead", t.lead());
        optional(o, "timeframe", t.timeframe());
        optional(o, "state", t.state());
        optional(o, "pillar", t.pillar());
        if (t.due() != null) {
            o.add("due", t.due().toString());
        }
        if (t.pointsAtStake() != null) {
            o.add("pointsAtStake", t.pointsAtStake());
        }
        if (t.lastUpdate() != null) {
            o.add("lastUpdate", t.lastUpdate().toString());
        }
        return o.add("evidenceCount", t.evidenceCount());
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private static JsonObjectBuilder counts(Rollup r) {
        return Json.createObjectBuilder().add("tasks", r.tasks()).add("pending", r.pending()).add("done", r.done())
                .add("overdue", r.overdue()).add("percentDone", r.percentDone());
    }
}
