package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.application.reorganisation.ReorganisationService;
import vn.dtiplan.application.reorganisation.ReorganisationViews;

/** {@code GET /api/units/{code}/history}: the unit holding the code, its predecessors and successors. */
@Tag(name = "Reorganisations")
@Path("units/{code}/history")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitHistoryResource {

    @Inject
    private ReorganisationService service;

    /** A unit over time; {@code validTo} is null while in force. */
    @JsonbNillable
    public record History(long id, String code, String name, LocalDate validFrom, LocalDate validTo,
                          List<Link> predecessors, List<Link> successors) {
    }

    /** A unit on the other side of a succession. */
    @JsonbNillable
    public record Link(String code, String name, LocalDate validTo, Long reorganisationId) {
        static Link of(ReorganisationViews.Link l) {
            return new Link(l.code(), l.name(), l.validTo(), l.reorganisationId());
        }
    }

    @Operation(summary = "A unit's reorganisation history")
    @GET
    public History history(@PathParam("code") String code) {
        ReorganisationViews.History h = service.history(code);
        return new History(h.id(), h.code(), h.name(), h.validFrom(), h.validTo(),
                h.predecessors().stream().map(Link::of).toList(), h.successors().stream().map(Link::of).toList());
    }
}
