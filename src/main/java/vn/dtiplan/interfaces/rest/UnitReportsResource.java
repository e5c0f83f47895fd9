package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dtiplan.application.report.ReportService;
import vn.dtiplan.domain.DomainRuleException;

/**
 * {@code GET /api/units/{code}/reports?frequency=&period=}: the unit's reports with its on-time
 * rate, and its children's reports for the period due on {@code period} (default: the current
 * one). {@code POST} with {@code {"frequency","date"}} drafts the unit's report for the period
 * containing {@code date} (default today): 201 when drafted, 200 with the existing report.
 */
@Tag(name = "Reports")
@Path("units/{code}/reports")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitReportsResource {

    @Inject
    private ReportService reports;

    @Operation(summary = "A unit's periodic reports")
    @GET
    public ReportJson.Unit list(@PathParam("code") String code, @QueryParam("frequency") String frequency,
            @QueryParam("period") String period) {
        return ReportJson.Unit.of(reports.unitReports(code, ReportJson.frequency(frequency), day(period)));
    }

    @Operation(summary = "Draft a periodic report")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(@PathParam("code") String code, @Valid OtherRequests.ReportDraft body) {
        OtherRequests.ReportDraft request = body == null ? new OtherRequests.ReportDraft(null, null) : body;
        ReportService.Drafted drafted = reports.draft(code, ReportJson.frequency(request.frequency()),
                IsoDate.Validator.parse(request.date()));
        return Response.status(drafted.created() ? 201 : 200).entity(ReportJson.Report.of(drafted.report())).build();
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainRuleException("request.date.invalid", "period", text);
        }
    }
}
