package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dtiplan.application.plan.AdoptionService;

/**
 * Decisions on inherited tasks: {@code POST /api/inherited/{id}/decision}, the bulk
 * {@code POST /api/inherited/decisions} ({@code {"ids":[…], "action", …}}), and the parent's
 * review of a decline {@code POST /api/inherited/{id}/review} ({@code {"accept": true|false}}).
 */
@Tag(name = "Cascade")
@Path("inherited")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class InheritedTaskResource {

    @Inject
    private AdoptionService adoption;

    @Operation(summary = "Accept or decline an inherited task")
    @POST
    @Path("{id}/decision")
    public PlanJson.Task decide(@PathParam("id") long id, @NotNull @Valid PlanRequests.DecisionBody body) {
        return PlanJson.Task.of(adoption.decide(id, body.decision()));
    }

    @Operation(summary = "Decide several inherited tasks")
    @POST
    @Path("decisions")
    public List<PlanJson.Task> decideAll(@NotNull @Valid PlanRequests.DecisionsBody body) {
        return adoption.decideAll(body.ids(), body.decision()).stream().map(PlanJson.Task::of).toList();
    }

    @Operation(summary = "Review a declined task (parent unit)")
    @POST
    @Path("{id}/review")
    public PlanJson.Task review(@PathParam("id") long id, @NotNull @Valid PlanRequests.ReviewBody body) {
        return PlanJson.Task.of(adoption.reviewDecline(id, body.accept()));
    }
}
