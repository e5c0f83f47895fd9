package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.application.plan.LineageService;
import vn.dtiplan.application.plan.LineageView;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.application.plan.TaskView;

/**
 * {@code GET /api/tasks/{id}}, {@code GET /api/tasks/{id}/lineage}, {@code PATCH /api/tasks/{id}}.
 * GET and PATCH answer the task's version as {@code ETag}; PATCH honours {@code If-Match} (412 when
 * the task changed since) but does not require it, as the public contract calls it without.
 */
@Tag(name = "Tasks")
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

    @Operation(summary = "A task")

    @APIResponse(responseCode = "200", description = "The task; its version as ETag", content = @Content(schema = @Schema(implementation = PlanJson.Task.class)))
    @GET
    @Path("{id}")
    public Response task(@PathParam("id") long id) {
        TaskView task = plans.task(id).orElseThrow(NotFoundException::new);
        return Versions.ok(PlanJson.Task.of(task), task.version());
    }

    @Operation(summary = "Where a task was cascaded (its copies below)")
    @GET
    @Path("{id}/lineage")
    public Lineage lineage(@PathParam("id") long id) {
        LineageView view = lineage.lineage(id).orElseThrow(NotFoundException::new);
        return new Lineage(view.task().id(), view.task().unitCode(),
                view.task().state() == null ? null : view.task().state().name(),
                view.children().stream().map(c -> new Child(c.unitCode(), c.unitName(), c.taskId(), c.parentTaskId(),
                        c.depth(), c.state().name(), c.lead(), c.due(), c.dueConflict())).toList());
    }

    @Operation(summary = "Amend a task")

    @APIResponse(responseCode = "200", description = "The amended task; its new version as ETag", content = @Content(schema = @Schema(implementation = PlanJson.Task.class)))
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response amend(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanRequests.TaskPatch body) {
        plans.amendTask(id, body.changes(), Versions.expected(ifMatch));
        return task(id);
    }
}
