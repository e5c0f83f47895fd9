package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.UnitProgressView;
import vn.dtiplan.domain.progress.Rollup;

/** {@code GET /api/units/{code}/progress}: counts over the unit and everything below it, per child too. */
@Path("units/{code}/progress")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitProgressResource {

    @Inject
    private ProgressService progress;

    @GET
    public JsonObject progress(@PathParam("code") String code) {
        UnitProgressView view = progress.unitProgress(code);
        JsonArrayBuilder children = Json.createArrayBuilder();
        view.children().forEach(child -> children.add(counts(child.total()).add("unitCode", child.unitCode())
                .add("name", child.unitName())));
        return counts(view.total()).add("unitCode", view.unitCode()).add("name", view.unitName())
                .add("adopted", view.total().adopted()).add("declined", view.total().declined())
                .add("children", children).build();
    }

    private static JsonObjectBuilder counts(Rollup r) {
        return Json.createObjectBuilder().add("tasks", r.tasks()).add("pending", r.pending()).add("done", r.done())
                .add("overdue", r.overdue()).add("percentDone", r.percentDone());
    }
}
