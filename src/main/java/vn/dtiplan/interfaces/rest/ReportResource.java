package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dtiplan.application.report.ReportService;
import vn.dtiplan.application.report.ReportView;

/**
 * One periodic report: {@code GET}, {@code PUT} {@code {"body","version"}} (or
 * {@code {"redraft":true}} to draft it again from today's progress) by the unit, {@code POST
 * submit} by the unit, {@code POST approve} and {@code POST return} {@code {"comment"}} by the
 * parent unit.
 */
@Path("reports/{id}")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReportResource {

    @Inject
    private ReportService reports;

    @GET
    public JsonObject report(@PathParam("id") long id) {
        return json(reports.report(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject edit(@PathParam("id") long id, JsonObject body) {
        JsonObject request = JsonBody.require(body);
        if (Boolean.TRUE.equals(JsonBody.bool(request, "redraft"))) {
            return json(reports.redraft(id));
        }
        return json(reports.edit(id, JsonBody.text(request, "body"), JsonBody.number(request, "version")));
    }

    @POST
    @Path("submit")
    public JsonObject submit(@PathParam("id") long id) {
        return json(reports.submit(id));
    }

    @POST
    @Path("approve")
    public JsonObject approve(@PathParam("id") long id) {
        return json(reports.approve(id));
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject returnReport(@PathParam("id") long id, JsonObject body) {
        return json(reports.returnReport(id, JsonBody.text(JsonBody.require(body), "comment")));
    }

    private static JsonObject json(ReportView view) {
        return ReportJson.report(view).build();
    }
}
