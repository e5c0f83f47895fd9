package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dtiplan.application.plan.AdoptionService;

/** {@code GET /api/units/{code}/inbox}: the unit's inherited tasks still pending. */
@Tag(name = "Cascade")
@Path("units/{code}/inbox")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitInboxResource {

    @Inject
    private AdoptionService adoption;

    @Operation(summary = "A unit's inbox (inherited tasks awaiting a decision)")
    @GET
    public List<PlanJson.InboxItem> inbox(@PathParam("code") String code) {
        return adoption.inbox(code).stream().map(PlanJson.InboxItem::of).toList();
    }
}
