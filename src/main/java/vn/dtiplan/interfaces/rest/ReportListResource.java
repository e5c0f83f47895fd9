package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.dtiplan.application.report.ReportService;
import vn.dtiplan.domain.listing.InvalidQueryException;
import vn.dtiplan.domain.listing.Page;
import vn.dtiplan.domain.listing.PageRequest;
import vn.dtiplan.domain.listing.ReportQuery;

/**
 * {@code GET /api/reports?unit={code}&q=&status=&frequency=&level=&period=&page=&size=}: the reports of
 * the unit and every unit below it (a province's reports awaiting approval across its wards, say),
 * latest period first, filtered and paged in the query; {@code unit} is required (400 without it),
 * 404 outside the caller's subtree. Its own root path beside {@code reports/{id}}.
 */
@Tag(name = "Reports")
@Path("reports")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReportListResource {

    @Inject
    private ReportService reports;

    @Operation(summary = "Periodic reports")
    @GET
    public Page<ReportJson.Report> list(@QueryParam("unit") String unit, @QueryParam("q") String q,
            @QueryParam("status") String status, @QueryParam("frequency") String frequency,
            @QueryParam("level") String level, @QueryParam("period") String period, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidQueryException("request.field.required", "unit");
        }
        return reports.reportsBelow(unit.strip(), ReportQuery.parse(q, status, frequency, level, period),
                PageRequest.parse(page, size)).map(ReportJson.Report::of);
    }
}
