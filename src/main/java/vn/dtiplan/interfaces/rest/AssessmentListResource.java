package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.AssessmentView;
import vn.dtiplan.domain.DomainRuleException;

/**
 * {@code GET /api/units/{code}/assessments?year=}: the unit's scorecards of the year, one per
 * framework it was scored on (the default index first); 404 when the unit is out of scope.
 */
@Tag(name = "Assessments")
@Path("units/{code}/assessments")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AssessmentListResource {

    @Inject
    private AssessmentService assessments;

    @Operation(summary = "A unit's DTI assessments, by year")
    @GET
    public List<AssessmentView> list(@PathParam("code") String code, @QueryParam("year") Integer year) {
        if (year == null) {
            throw new DomainRuleException("framework.year.invalid", "");
        }
        return assessments.assessments(code, year).orElseThrow(NotFoundException::new);
    }
}
