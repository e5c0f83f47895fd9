package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.application.FrameworkService;
import vn.dtiplan.application.FrameworkView;
import vn.dtiplan.application.NewFramework;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * {@code POST /api/frameworks}, {@code GET /api/frameworks?year=&level=}, {@code GET /api/frameworks/{id}};
 * {@code PUT /api/frameworks/{id}} (the POST body; replaces a draft, 409 once frozen; GET and PUT
 * answer the version as {@code ETag}, PUT honours {@code If-Match}: 412 when stale) and
 * {@code POST /api/frameworks/{id}/copy?year=} (201 with a new draft of that year);
 * Excel: {@code GET /api/frameworks/template.xlsx} (blank template), {@code GET /api/frameworks/{id}/template.xlsx}
 * (filled with the framework and the units to score) and {@code POST /api/frameworks/import} (the
 * template's framework sheet as the body; 201 with the new draft, or 422 listing every problem).
 */
@Tag(name = "Frameworks")
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class FrameworkResource {

    /** The contract's body: {@code issuerCode, year, level, name, pillars[{name, max, criteria[{code, title, max}]}], kind?, bands?[{min, label}]}. */
    public record FrameworkJson(@PlainText @Size(max = 16) String issuerCode,
                                @Min(PlanRequests.FIRST_YEAR) @Max(PlanRequests.LAST_YEAR) Integer year,
                                @PlainText @Size(max = 16) String level, @PlainText @Size(max = 300) String name,
                                @Size(max = 100) List<@NotNull @Valid PillarJson> pillars,
                                @PlainText @Size(max = 16) String kind,
                                @Size(max = 20) List<@NotNull @Valid BandJson> bands) {
    }

    /** A grade band: {@code {"min":90,"label":"Xuất sắc"}}. */
    public record BandJson(@Digits(integer = 5, fraction = 4) BigDecimal min, @PlainText @Size(max = 100) String label) {
    }

    public record PillarJson(@PlainText @Size(max = 200) String name, @Digits(integer = 5, fraction = 4) BigDecimal max,
                             @Size(max = 500) List<@NotNull @Valid CriterionJson> criteria) {
    }

    public record CriterionJson(@PlainText @Size(max = 20) String code, @PlainText @Size(max = 1000) String title,
                                @Digits(integer = 5, fraction = 4) BigDecimal max,
                                @PlainText @Size(max = 2000) String scoringMethod,
                                @PlainText @Size(max = 2000) String evidence) {
    }

    /** The answer of POST: the new framework's id. */
    public record Created(long id) {
    }

    @Inject
    private FrameworkService frameworks;

    @Operation(summary = "Create a DTI framework")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid FrameworkJson body) {
        long id = frameworks.create(request(body));
        return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
    }

    @Operation(summary = "Replace a framework")
    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid FrameworkJson body) {
        frameworks.update(id, request(body), Versions.expected(ifMatch));
        return framework(id);
    }

    @Operation(summary = "Copy a framework to a new year")
    @POST
    @Path("{id: [0-9]+}/copy")
    public Response copy(@PathParam("id") long id, @QueryParam("year") Integer year) {
        FrameworkView copy = frameworks.copy(id, year(year));
        return Response.status(Response.Status.CREATED).entity(copy).build();
    }

    private static NewFramework request(FrameworkJson body) {
        if (body == null) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return new NewFramework(body.issuerCode(), year(body.year()), level(body.level()),
                body.name(), body.pillars() == null ? List.of() : body.pillars().stream()
                        .map(p -> new NewFramework.Pillar(p.name(), p.max(), p.criteria() == null ? List.of()
                                : p.criteria().stream().map(c -> new NewFramework.Criterion(c.code(), c.title(),
                                        c.max(), c.scoringMethod(), c.evidence())).toList())).toList(),
                body.kind(), body.bands() == null ? null : body.bands().stream()
                        .map(b -> new NewFramework.Band(b.min(), b.label())).toList());
    }

    @Operation(summary = "Import a framework from a workbook")
    @POST
    @Path("import")
    @Consumes({Uploads.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Response importFramework(InputStream body) {
        FrameworkView created = frameworks.importFramework(Uploads.read(body));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @Operation(summary = "Blank framework template (.xlsx)")
    @GET
    @Path("template.xlsx")
    @Produces({Uploads.XLSX, MediaType.APPLICATION_JSON})
    public Response template() {
        return Uploads.download(frameworks.template(), "mau-bo-chi-so-va-diem");
    }

    @Operation(summary = "A framework's scoring template (.xlsx)")
    @GET
    @Path("{id: [0-9]+}/template.xlsx")
    @Produces({Uploads.XLSX, MediaType.APPLICATION_JSON})
    public Response template(@PathParam("id") long id) {
        return Uploads.download(frameworks.template(id).orElseThrow(NotFoundException::new), "bo-chi-so-" + id);
    }

    @Operation(summary = "Frameworks")
    @GET
    public List<FrameworkView> visible(@QueryParam("year") Integer year, @QueryParam("level") String level) {
        return frameworks.visible(year, level == null || level.isBlank() ? null : level(level));
    }

    @Operation(summary = "A framework")
    @GET
    @Path("{id}")
    public Response framework(@PathParam("id") long id) {
        FrameworkView framework = frameworks.framework(id).orElseThrow(NotFoundException::new);
        return Versions.ok(framework, framework.version());
    }

    private static int year(Integer year) {
        if (year == null) {
            throw new DomainRuleException("framework.year.invalid", "");
        }
        return year;
    }

    static UnitLevel level(String level) {
        try {
            return UnitLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleException("framework.level.invalid");
        }
    }
}
