package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dtiplan.application.plan.AdoptionService;
import vn.dtiplan.domain.DomainRuleException;

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
    public PlanJson.Task decide(@PathParam("id") long id, JsonObject body) {
        return PlanJson.Task.of(adoption.decide(id, PlanJson.decision(body)));
    }

    @POST
    @Path("decisions")
    public List<PlanJson.Task> decideAll(JsonObject body) {
        List<String> ids = JsonBody.texts(JsonBody.require(body), "ids");
        if (ids == null || ids.isEmpty()) {
            throw new DomainRuleException("request.field.invalid", "ids");
        }
        List<Long> taskIds;
        try {
            taskIds = ids.stream().map(String::strip).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new DomainRuleException("request.field.invalid", "ids");
        }
        return adoption.decideAll(taskIds, PlanJson.decision(body)).stream().map(PlanJson.Task::of).toList();
    }

    @POST
    @Path("{id}/review")
    public PlanJson.Task review(@PathParam("id") long id, JsonObject body) {
        Boolean accept = JsonBody.bool(JsonBody.require(body), "accept");
        if (accept == null) {
            throw new DomainRuleException("request.field.invalid", "accept");
        }
        return PlanJson.Task.of(adoption.reviewDecline(id, accept));
    }
}
