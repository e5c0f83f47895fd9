package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dtiplan.application.plan.AdoptionService;

/**
 * {@code GET /api/units/{code}/notices}: the unit's change notices, unacknowledged first, with
 * their {@code acknowledged} flag ({@code ?open=true}: only those not yet acknowledged).
 */
@Tag(name = "Notifications")
@Path("units/{code}/notices")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitNoticesResource {

    @Inject
    private AdoptionService adoption;

    @Operation(summary = "A unit's notices")
    @GET
    public List<PlanJson.Notice> notices(@PathParam("code") String code, @QueryParam("open") boolean open) {
        return adoption.notices(code, !open).stream().map(PlanJson.Notice::of).toList();
    }
}
