package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dtiplan.application.progress.KeptCountsService;

/**
 * {@code POST /api/admin/task-counts} (system administrator): recounts every kept roll-up figure
 * from the tasks; 200 with {@code units}, the number of units that have figures.
 */
@Tag(name = "Administration")
@Path("admin/task-counts")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class KeptCountsResource {

    @Inject
    private KeptCountsService counts;

    @Operation(summary = "Recompute the kept task counts")
    @POST
    public KeptCountsService.Recount recompute() {
        return counts.recomputeAll();
    }
}
