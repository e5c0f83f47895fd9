package vn.dtiplan.interfaces.rest;

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
@Path("admin/task-counts")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class KeptCountsResource {

    @Inject
    private KeptCountsService counts;

    @POST
    public KeptCountsService.Recount recompute() {
        return counts.recomputeAll();
    }
}
