package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.dtiplan.application.AssessmentGaps;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.AssessmentView;
import vn.dtiplan.application.ChildRanking;
import vn.dtiplan.application.ScoreEntry;
import vn.dtiplan.application.document.ExportService;
import vn.dtiplan.domain.DomainRuleException;

/**
 * {@code GET} and {@code PUT /api/units/{code}/assessments/{year}}, the workflow steps
 * ({@code POST .../submit|appraise|publish}), {@code GET .../children} (the children ranked) and
 * {@code GET .../gaps}. The answer of GET carries the contract's fields ({@code unitCode, year,
 * total, max, rank, rankOf, pillars[{name, score, max}], gaps[{pillar, lost}]}) and more:
 * computedTotal, publishedTotal, difference, criterionGaps, adjustments, steps, year on year.
 * {@code GET .../scorecard.xlsx} and {@code .../children.xlsx} are the same scorecard and
 * ranking as Excel workbooks. Every path takes {@code ?framework={id}} to choose the index (a
 * unit may be scored on DTI and PAR in a year); without it, the default (DTI) one. PUT scores the
 * body's framework and answers that framework's scorecard; its {@code ranks} are published ranks
 * at several scopes. GET and PUT answer the assessment's version as {@code ETag}; PUT honours
 * {@code If-Match} (412 when the scores changed since).
 */
@Tag(name = "Assessments")
@Path("units/{code}/assessments/{year}")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AssessmentResource {

    /** The body of PUT; only {@code frameworkId} and {@code pillars} are required. */
    public record ScoresJson(Long frameworkId, @Size(max = 100) List<@NotNull @Valid ScoreJson> pillars,
                             @Size(max = 2000) List<@NotNull @Valid ScoreJson> criteria, Integer rank,
                             Integer rankOf, @Digits(integer = 5, fraction = 4) BigDecimal publishedTotal,
                             @Size(max = 100) List<@NotNull @Valid AdjustmentJson> adjustments,
                             @Size(max = 10) List<@NotNull @Valid RankJson> ranks) {
    }

    /** A rank as published at a scope (an ancestor's code): {@code {"scope":"747","rank":5,"of":33}}. */
    public record RankJson(@PlainText @Size(max = 16) String scope, Integer rank, Integer of) {
    }

    /** A score of a pillar ({@code name}) or a criterion ({@code code}). */
    public record ScoreJson(@PlainText @Size(max = 200) String name, @PlainText @Size(max = 20) String code,
                            @Digits(integer = 5, fraction = 4) BigDecimal score) {
    }

    public record AdjustmentJson(@Digits(integer = 5, fraction = 4) BigDecimal points,
                                 @PlainText @Size(max = 1000) String reason) {
    }

    @Inject
    private AssessmentService assessments;

    @Inject
    private ExportService exports;

    @Operation(summary = "A unit's DTI assessment of a year")
    @GET
    public Response read(@PathParam("code") String code, @PathParam("year") int year,
                         @QueryParam("framework") Long framework) {
        AssessmentView view = get(code, year, framework);
        return Versions.ok(view, view.version());
    }

    private AssessmentView get(String code, int year, Long framework) {
        return assessments.assessment(code, year, framework).orElseThrow(NotFoundException::new);
    }

    @Operation(summary = "Enter or replace the scores of a year")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("code") String code, @PathParam("year") int year,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ScoresJson body) {
        if (body.frameworkId() == null) {
            throw new DomainRuleException("assessment.framework.unknown");
        }
        assessments.put(code, year, new ScoreEntry(body.frameworkId(), scores(body.pillars(), ScoreJson::name),
                scores(body.criteria(), ScoreJson::code), body.rank(), body.rankOf(), body.publishedTotal(),
                body.adjustments() == null ? null : body.adjustments().stream()
                        .map(a -> new ScoreEntry.AdjustmentLine(a.points(), a.reason())).toList(),
                body.ranks() == null ? null : body.ranks().stream()
                        .map(r -> new ScoreEntry.RankLine(r.scope(), r.rank(), r.of())).toList()),
                Versions.expected(ifMatch));
        return read(code, year, body.frameworkId());
    }

    @Operation(summary = "Submit the assessment")
    @POST
    @Path("submit")
    public AssessmentView submit(@PathParam("code") String code, @PathParam("year") int year,
                                 @QueryParam("framework") Long framework) {
        assessments.submit(code, year, framework);
        return get(code, year, framework);
    }

    @Operation(summary = "Appraise the assessment (parent unit)")
    @POST
    @Path("appraise")
    public AssessmentView appraise(@PathParam("code") String code, @PathParam("year") int year,
                                 @QueryParam("framework") Long framework) {
        assessments.appraise(code, year, framework);
        return get(code, year, framework);
    }

    @Operation(summary = "Publish the assessment")
    @POST
    @Path("publish")
    public AssessmentView publish(@PathParam("code") String code, @PathParam("year") int year,
                                 @QueryParam("framework") Long framework) {
        assessments.publish(code, year, framework);
        return get(code, year, framework);
    }

    @Operation(summary = "The assessments of the child units")
    @GET
    @Path("children")
    public ChildRanking children(@PathParam("code") String code, @PathParam("year") int year,
                                 @QueryParam("framework") Long framework) {
        return assessments.children(code, year, framework).orElseThrow(NotFoundException::new);
    }

    @Operation(summary = "Criteria that lost points (gaps)")
    @GET
    @Path("gaps")
    public AssessmentGaps gaps(@PathParam("code") String code, @PathParam("year") int year,
                               @QueryParam("framework") Long framework) {
        return assessments.gaps(code, year, framework).orElseThrow(NotFoundException::new);
    }

    @Operation(summary = "Scorecard workbook (.xlsx)")
    @GET
    @Path("scorecard.xlsx")
    @Produces(FileResponse.XLSX)
    public Response scorecardFile(@PathParam("code") String code, @PathParam("year") int year,
                                  @QueryParam("framework") Long framework) {
        return FileResponse.xlsx(exports.scorecard(code, year, framework).orElseThrow(NotFoundException::new));
    }

    @Operation(summary = "Child units' scores workbook (.xlsx)")
    @GET
    @Path("children.xlsx")
    @Produces(FileResponse.XLSX)
    public Response childrenFile(@PathParam("code") String code, @PathParam("year") int year,
                                 @QueryParam("framework") Long framework) {
        return FileResponse.xlsx(exports.ranking(code, year, framework).orElseThrow(NotFoundException::new));
    }

    private static Map<String, BigDecimal> scores(List<ScoreJson> lines, Function<ScoreJson, String> key) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        if (lines != null) {
            lines.forEach(l -> map.put(key.apply(l), l.score()));
        }
        return map;
    }
}
