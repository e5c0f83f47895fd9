package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.application.reorganisation.ReorganisationService;
import vn.dtiplan.application.reorganisation.ReorganisationViews;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.reorganisation.ChangeSpec;
import vn.dtiplan.domain.reorganisation.SuccessorSpec;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * {@code POST /api/reorganisations} (a draft), {@code GET /api/reorganisations[/{id}]},
 * {@code GET /api/reorganisations/{id}/preview}, {@code POST /api/reorganisations/{id}/apply}.
 */
@Path("reorganisations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class ReorganisationResource {

    @Inject
    private ReorganisationService service;

    /** A draft as answered: {@code {"id","status",…}}. */
    @JsonbNillable
    public record Draft(long id, String status, LocalDate effective, String basis,
                        List<ReorganisationViews.ChangeLine> changes, List<String> dissolved) {
        static Draft of(ReorganisationViews.Summary s) {
            return new Draft(s.id(), s.status(), s.effective(), s.basis(), s.changes(), s.dissolved());
        }
    }

    @POST
    public Response draft(JsonObject body) {
        JsonObject b = JsonBody.require(body);
        LocalDate effective = JsonBody.date(b, "effective");
        String basis = JsonBody.text(b, "basis");
        List<ChangeSpec> changes = new ArrayList<>();
        List<JsonObject> lines = JsonBody.objects(b, "changes");
        for (JsonObject line : lines == null ? List.<JsonObject>of() : lines) {
            JsonObject s = line.containsKey("successor") && line.get("successor") instanceof JsonObject o ? o : null;
            if (s == null) {
                throw new DomainRuleException("request.field.invalid", "successor");
            }
            List<String> predecessors = JsonBody.texts(line, "predecessors");
            changes.add(new ChangeSpec(new SuccessorSpec(JsonBody.text(s, "code"), JsonBody.text(s, "name"),
                    level(JsonBody.text(s, "level")), JsonBody.text(s, "parentCode")),
                    predecessors == null ? List.of() : predecessors));
        }
        List<String> dissolved = JsonBody.texts(b, "dissolve");
        ReorganisationViews.Summary created = service.draft(effective, basis, changes,
                dissolved == null ? List.of() : dissolved);
        return Response.status(Response.Status.CREATED).entity(Draft.of(created)).build();
    }

    @GET
    public List<Draft> list() {
        return service.list().stream().map(Draft::of).toList();
    }

    @GET
    @Path("{id}")
    public Draft get(@PathParam("id") long id) {
        return Draft.of(service.reorganisation(id));
    }

    @GET
    @Path("{id}/preview")
    public ReorganisationViews.Preview preview(@PathParam("id") long id) {
        return service.preview(id);
    }

    @POST
    @Path("{id}/apply")
    public Draft apply(@PathParam("id") long id) {
        return Draft.of(service.apply(id));
    }

    private static UnitLevel level(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UnitLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleException("request.field.invalid", "level");
        }
    }
}
