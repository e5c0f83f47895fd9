package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dtiplan.application.document.ExportService;
import vn.dtiplan.application.report.ReportChangesService;
import vn.dtiplan.application.report.ReportService;
import vn.dtiplan.application.report.ReportView;

/**
 * One periodic report: {@code GET}, {@code PUT} {@code {"body","version"}} (or
 * {@code {"redraft":true,"version"}} to draft it again from today's progress) by the unit, {@code POST
 * submit} by the unit, {@code POST approve} and {@code POST return} {@code {"comment"}} by the
 * parent unit; {@code GET changes} (what changed since the previous period) and {@code GET report.xlsx}
 * (the report and its changes as a workbook). GET and PUT answer the report's version as {@code ETag}; PUT requires the version
 * it was made on, as {@code If-Match} or the body's {@code version} (428 without, 412 when stale).
 */
@Path("reports/{id}")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReportResource {

    @Inject
    private ReportService reports;

    @Inject
    private ReportChangesService changes;

    @Inject
    private ExportService exports;

    @GET
    public Response report(@PathParam("id") long id) {
        ReportView report = reports.report(id);
        return Versions.ok(json(report), report.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OtherRequests.ReportEdit body) {
        Long fromHeader = Versions.expected(ifMatch);
        Long version = fromHeader != null ? fromHeader : body.version();
        if (Boolean.TRUE.equals(body.redraft())) {
            reports.redraft(id, version);
        } else {
            reports.edit(id, body.body(), version);
        }
        return report(id);
    }

    @POST
    @Path("submit")
    public ReportJson.Report submit(@PathParam("id") long id) {
        return json(reports.submit(id));
    }

    @POST
    @Path("approve")
    public ReportJson.Report approve(@PathParam("id") long id) {
        return json(reports.approve(id));
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportJson.Report returnReport(@PathParam("id") long id, @NotNull @Valid OtherRequests.ReportReturn body) {
        return json(reports.returnReport(id, body.comment()));
    }

    @GET
    @Path("changes")
    public ReportJson.Changes changes(@PathParam("id") long id) {
        return ReportJson.Changes.of(changes.changes(id));
    }

    @GET
    @Path("report.xlsx")
    @Produces(FileResponse.XLSX)
    public Response workbook(@PathParam("id") long id) {
        return FileResponse.xlsx(exports.report(id));
    }

    private static ReportJson.Report json(ReportView view) {
        return ReportJson.Report.of(view);
    }
}
