package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dtiplan.application.ScoreHistoryService;
import vn.dtiplan.domain.assessment.ScoreHistory;

/**
 * {@code GET /api/units/{code}/score-history?kind=DTI}: the unit's totals year on year, the units
 * it succeeded on their own lines ({@code predecessor: true}), never summed into it. (Not under
 * {@code assessments/}, whose {@code {year}} would claim the word.)
 */
@Tag(name = "Assessments")
@Path("units/{code}/score-history")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ScoreHistoryResource {

    @Inject
    private ScoreHistoryService histories;

    @Operation(summary = "A unit's scores and ranks, year on year")
    @GET
    public List<ScoreHistory.Line> history(@PathParam("code") String code, @QueryParam("kind") String kind) {
        return histories.history(code, kind);
    }
}
