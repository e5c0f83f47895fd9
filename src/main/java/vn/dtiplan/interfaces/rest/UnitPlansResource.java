package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.listing.Page;
import vn.dtiplan.domain.listing.PageRequest;
import vn.dtiplan.domain.listing.PlanQuery;

/**
 * {@code GET /api/units/{code}/plans}, and {@code POST .../draft-from-gaps?year=2023}: a new
 * draft of the unit from the gaps of its assessment that year (201, the plan as
 * {@code GET /api/plans/{id}} answers it). Its own root path (not a method of {@code UnitResource}):
 * JAX-RS picks one root resource per request, the one with the longest literal path.
 */
@Tag(name = "Plans")
@Path("units/{code}/plans")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitPlansResource {

    @Inject
    private PlanService plans;

    /** Filtered by {@code q} (number, title), {@code status}, {@code year} and paged in the query. */
    @Operation(summary = "A unit's plans")
    @GET
    public Page<PlanJson.Summary> plans(@PathParam("code") String code, @QueryParam("q") String q,
            @QueryParam("status") String status, @QueryParam("year") String year, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return plans.plansOf(code, PlanQuery.parse(q, status, year), PageRequest.parse(page, size))
                .map(PlanJson.Summary::of);
    }

    @Operation(summary = "Draft a plan from the latest gaps")
    @POST
    @Path("draft-from-gaps")
    public Response draftFromGaps(@PathParam("code") String code, @QueryParam("year") Integer year) {
        if (year == null) {
            throw new DomainRuleException("plan.gaps.yearRequired");
        }
        return Response.status(201).entity(PlanJson.Detail.of(plans.draftFromGaps(code, year))).build();
    }
}
