package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Reports")
@Path("reports/{id}")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReportResource {

    @Inject
    private ReportService reports;

    @Inject
    private ReportChangesService changes;

    @Inject
    private ExportService exports;

    @Operation(summary = "A periodic report")

    @APIResponse(responseCode = "200", description = "The report; its version as ETag", content = @Content(schema = @Schema(implementation = ReportJson.Report.class)))
    @GET
    public Response report(@PathParam("id") long id) {
        ReportView report = reports.report(id);
        return Versions.ok(json(report), report.version());
    }

    @Operation(summary = "Edit a draft report")

    @APIResponse(responseCode = "200", description = "The edited report; its new version as ETag", content = @Content(schema = @Schema(implementation = ReportJson.Report.class)))
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

    @Operation(summary = "Submit a report")
    @POST
    @Path("submit")
    public ReportJson.Report submit(@PathParam("id") long id) {
        return json(reports.submit(id));
    }

    @Operation(summary = "Approve a report (parent unit)")
    @POST
    @Path("approve")
    public ReportJson.Report approve(@PathParam("id") long id) {
        return json(reports.approve(id));
    }

    @Operation(summary = "Return a report for changes (parent unit)")
    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportJson.Report returnReport(@PathParam("id") long id, @NotNull @Valid OtherRequests.ReportReturn body) {
        return json(reports.returnReport(id, body.comment()));
    }

    @Operation(summary = "Change history of a report")
    @GET
    @Path("changes")
    public ReportJson.Changes changes(@PathParam("id") long id) {
        return ReportJson.Changes.of(changes.changes(id));
    }

    @Operation(summary = "A report as a workbook (.xlsx)")
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
