package vn.dtiplan.interfaces.rest;

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
@Path("inherited")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class InheritedTaskResource {

    @Inject
    private AdoptionService adoption;

    @POST
    @Path("{id}/decision")
    public PlanJson.Task decide(@PathParam("id") long id, @NotNull @Valid PlanRequests.DecisionBody body) {
        return PlanJson.Task.of(adoption.decide(id, body.decision()));
    }

    @POST
    @Path("decisions")
    public List<PlanJson.Task> decideAll(@NotNull @Valid PlanRequests.DecisionsBody body) {
        return adoption.decideAll(body.ids(), body.decision()).stream().map(PlanJson.Task::of).toList();
    }

    @POST
    @Path("{id}/review")
    public PlanJson.Task review(@PathParam("id") long id, @NotNull @Valid PlanRequests.ReviewBody body) {
        return PlanJson.Task.of(adoption.reviewDecline(id, body.accept()));
    }
}
