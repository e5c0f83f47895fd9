package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dtiplan.application.progress.KeptResultsService;

/**
 * {@code POST /api/admin/assessment-results} (system administrator): recomputes every assessment's kept
 * total and pillar scores from its scores; 200 with {@code assessments}, how many were recomputed.
 */
@Tag(name = "Administration")
@Path("admin/assessment-results")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class KeptResultsResource {

    @Inject
    private KeptResultsService results;

    @Operation(summary = "Recompute the kept assessment results")
    @POST
    public KeptResultsService.Recompute recompute() {
        return results.recomputeAll();
    }
}
