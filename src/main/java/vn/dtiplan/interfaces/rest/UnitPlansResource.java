package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dtiplan.application.plan.PlanService;

/**
 * {@code GET /api/units/{code}/plans}. Its own root path (not a method of {@code UnitResource}):
 * JAX-RS picks one root resource per request, the one with the longest literal path.
 */
@Path("units/{code}/plans")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitPlansResource {

    @Inject
    private PlanService plans;

    @GET
    public List<PlanJson.Summary> plans(@PathParam("code") String code) {
        return plans.plansOf(code).stream().map(PlanJson.Summary::of).toList();
    }
}
