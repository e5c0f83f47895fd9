package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dtiplan.application.plan.AdoptionService;

/** {@code POST /api/notices/{id}/ack}. */
@Path("notices")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NoticeResource {

    @Inject
    private AdoptionService adoption;

    @POST
    @Path("{id}/ack")
    public PlanJson.Notice acknowledge(@PathParam("id") long id) {
        return PlanJson.Notice.of(adoption.acknowledge(id));
    }
}
