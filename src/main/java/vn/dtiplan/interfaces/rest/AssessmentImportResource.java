package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.ScoreImport;
import vn.dtiplan.domain.DomainRuleException;

/**
 * {@code POST /api/assessments/import?year=2023[&framework={id}]}: the scores of many units at
 * once from the template's scores sheet (the .xlsx file as the body). 200 with the units whose
 * scores were put, or 422 listing every problem with its sheet, row and column, nothing stored.
 */
@Tag(name = "Assessments")
@Path("assessments")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AssessmentImportResource {

    @Inject
    private AssessmentService assessments;

    @Operation(summary = "Import DTI scores from a workbook")
    @POST
    @Path("import")
    @Consumes({Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public ScoreImport importScores(@QueryParam("year") Integer year, @QueryParam("framework") Long frameworkId,
                                    InputStream body) {
        if (year == null) {
            throw new DomainRuleException("framework.year.invalid", "");
        }
        return assessments.importScores(year, frameworkId, Uploads.read(body));
    }
}
