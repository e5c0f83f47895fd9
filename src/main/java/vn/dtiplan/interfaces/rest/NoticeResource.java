package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dtiplan.application.plan.AdoptionService;

/** {@code POST /api/notices/{id}/ack}. */
@Tag(name = "Notifications")
@Path("notices")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NoticeResource {

    @Inject
    private AdoptionService adoption;

    @Operation(summary = "Acknowledge a notice")
    @POST
    @Path("{id}/ack")
    public PlanJson.Notice acknowledge(@PathParam("id") long id) {
        return PlanJson.Notice.of(adoption.acknowledge(id));
    }
}
