package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.application.plan.LineageService;
import vn.dtiplan.application.plan.LineageView;
import vn.dtiplan.application.plan.PlanService;

/** {@code GET /api/tasks/{id}}, {@code GET /api/tasks/{id}/lineage}, {@code PATCH /api/tasks/{id}}. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TaskResource {

    /** A lineage as the contract names it. */
    public record Lineage(long id, String unitCode, String state, List<Child> children) {
    }

    /** One copy below the task. */
    @JsonbNillable
    public record Child(String unitCode, String unitName, long taskId, Long parentTaskId, int depth, String state,
                        String lead, LocalDate due, boolean dueConflict) {
    }

    @Inject
    private PlanService plans;

    @Inject
    private LineageService lineage;

    @GET
    @Path("{id}")
    public PlanJson.Task task(@PathParam("id") long id) {
        return plans.task(id).map(PlanJson.Task::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/lineage")
    public Lineage lineage(@PathParam("id") long id) {
        LineageView view = lineage.lineage(id).orElseThrow(NotFoundException::new);
        return new Lineage(view.task().id(), view.task().unitCode(),
                view.task().state() == null ? null : view.task().state().name(),
                view.children().stream().map(c -> new Child(c.unitCode(), c.unitName(), c.taskId(), c.parentTaskId(),
                        c.depth(), c.state().name(), c.lead(), c.due(), c.dueConflict())).toList());
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanJson.Task amend(@PathParam("id") long id, JsonObject body) {
        return PlanJson.Task.of(plans.amendTask(id, PlanJson.changes(body)));
    }
}
