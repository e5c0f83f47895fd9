package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dtiplan.application.plan.IssuePreview;
import vn.dtiplan.application.plan.LineageService;
import vn.dtiplan.application.plan.MatrixView;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.application.plan.PlanService;

/** {@code POST /api/plans}, {@code GET /api/plans/{id}}, issuing, its preview and the adoption matrix. */
@Tag(name = "Plans")
@Path("plans")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PlanResource {

    @Inject
    private PlanService plans;

    @Inject
    private LineageService lineage;

    @Operation(summary = "Create a draft plan")

    @APIResponse(responseCode = "201", description = "The draft plan", content = @Content(schema = @Schema(implementation = PlanJson.Detail.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid PlanRequests.PlanBody body) {
        PlanDetail created = plans.createDraft(body.draft());
        return Response.status(201).entity(PlanJson.Detail.of(created)).build();
    }

    @Operation(summary = "A plan with its tasks")
    @GET
    @Path("{id}")
    public PlanJson.Detail plan(@PathParam("id") long id) {
        return plans.plan(id).map(PlanJson.Detail::of).orElseThrow(NotFoundException::new);
    }

    @Operation(summary = "Issue a plan (cascades its tasks to the child units)")
    @POST
    @Path("{id}/issue")
    public PlanJson.Detail issue(@PathParam("id") long id) {
        return PlanJson.Detail.of(plans.issue(id));
    }

    /** How many units would receive how many tasks, and what blocks issuing. */
    @Operation(summary = "What issuing would cascade")
    @GET
    @Path("{id}/issue-preview")
    public IssuePreview preview(@PathParam("id") long id) {
        return plans.previewIssue(id);
    }

    /** Replaces the criteria a draft leaves for later, with their reasons (issue 16). */
    @PUT
    @Path("{id}/not-addressed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the criteria a draft leaves for later, with their reasons")
    public PlanJson.Detail notAddressed(@PathParam("id") long id, @NotNull @Valid PlanRequests.NotAddressedList body) {
        return PlanJson.Detail.of(plans.replaceNotAddressed(id, body.lines()));
    }

    @Operation(summary = "Task × unit matrix of a plan")
    @GET
    @Path("{id}/matrix")
    public MatrixView matrix(@PathParam("id") long id) {
        return lineage.matrix(id).orElseThrow(NotFoundException::new);
    }
}
