package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import vn.dtiplan.application.plan.SolutionLibraryService;
import vn.dtiplan.domain.plan.SolutionLibrary;

/**
 * The solution library: {@code GET /criteria/solutions?framework={id}&code={code}} → what the units
 * of the caller's province planned for the criterion and how their points on it moved the next
 * year, most effective first; {@code pointsBefore}/{@code pointsAfter} are null when not scored and
 * {@code effect} is null while not measured ({@code result} then says "chưa có kết quả").
 */
@Tag(name = "Frameworks")
@Path("criteria")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CriteriaResource {

    static final String NOT_MEASURED = "chưa có kết quả";

    @Inject
    private SolutionLibraryService library;

    /** One solution of one unit. */
    @JsonbNillable
    public record Solution(String unitCode, String unitName, int year, long taskId, String solution, String lead,
                           String timeframe, String status, BigDecimal pointsBefore, BigDecimal pointsAfter,
                           BigDecimal effect, String result) {

        static Solution of(SolutionLibrary.Entry e) {
            BigDecimal effect = e.effect().map(vn.dtiplan.domain.framework.Points::plain).orElse(null);
            return new Solution(e.unitCode(), e.unitName(), e.year(), e.taskId(), e.solution(), e.lead(), e.timeframe(),
                    e.status(), e.pointsBefore(), e.pointsAfter(), effect,
                    effect == null ? NOT_MEASURED : (effect.signum() > 0 ? "+" : "") + effect.toPlainString());
        }
    }

    @Operation(summary = "Suggested solutions for a criterion")
    @GET
    @Path("solutions")
    public List<Solution> solutions(@NotNull @QueryParam("framework") Long framework,
            @NotNull @Size(min = 1, max = 20) @QueryParam("code") String code) {
        return library.solutions(framework, code).stream().map(Solution::of).toList();
    }
}
