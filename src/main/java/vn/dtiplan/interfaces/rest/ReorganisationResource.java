package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.application.reorganisation.ReorganisationService;
import vn.dtiplan.application.reorganisation.ReorganisationViews;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.reorganisation.ChangeSpec;
import vn.dtiplan.domain.reorganisation.SuccessorSpec;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * {@code POST /api/reorganisations} (a draft), {@code GET /api/reorganisations[/{id}]},
 * {@code GET /api/reorganisations/{id}/preview}, {@code POST /api/reorganisations/{id}/apply}.
 */
@Tag(name = "Reorganisations")
@Path("reorganisations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class ReorganisationResource {

    @Inject
    private ReorganisationService service;

    /** A draft as answered: {@code {"id","status",…}}. */
    @JsonbNillable
    public record Draft(long id, String status, LocalDate effective, String basis,
                        List<ReorganisationViews.ChangeLine> changes, List<String> dissolved) {
        static Draft of(ReorganisationViews.Summary s) {
            return new Draft(s.id(), s.status(), s.effective(), s.basis(), s.changes(), s.dissolved());
        }
    }

    /** The body of {@code POST /reorganisations}: codes are resolved on preview and apply. */
    public record DraftBody(@NotNull @IsoDate String effective, @NotBlank @PlainText @Size(max = 500) String basis,
                            @NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid ChangeBody> changes,
                            @Size(max = 5000) List<@NotBlank @PlainText @Size(max = 16) String> dissolve) {
    }

    /** One successor and the codes it takes over. */
    public record ChangeBody(@NotNull @Valid SuccessorBody successor,
                             @Size(max = 500) List<@NotBlank @PlainText @Size(max = 16) String> predecessors) {

        ChangeSpec spec() {
            return new ChangeSpec(new SuccessorSpec(successor.code(), successor.name(), level(successor.level()),
                    successor.parentCode()), predecessors == null ? List.of() : predecessors);
        }
    }

    /** The successor: an existing unit by its code (absorb), or a new one. */
    public record SuccessorBody(@NotBlank @PlainText @Size(max = 16) String code, @PlainText @Size(max = 200) String name,
                                @PlainText @Size(max = 16) String level, @PlainText @Size(max = 16) String parentCode) {
    }

    @Operation(summary = "Draft a reorganisation (merged units)")
    @POST
    public Response draft(@NotNull @Valid DraftBody body) {
        ReorganisationViews.Summary created = service.draft(IsoDate.Validator.parse(body.effective()), body.basis(),
                body.changes().stream().map(ChangeBody::spec).toList(), body.dissolve() == null ? List.of() : body.dissolve());
        return Response.status(Response.Status.CREATED).entity(Draft.of(created)).build();
    }

    @Operation(summary = "Reorganisations")
    @GET
    public List<Draft> list() {
        return service.list().stream().map(Draft::of).toList();
    }

    @Operation(summary = "A reorganisation")
    @GET
    @Path("{id}")
    public Draft get(@PathParam("id") long id) {
        return Draft.of(service.reorganisation(id));
    }

    @Operation(summary = "What applying would move")
    @GET
    @Path("{id}/preview")
    public ReorganisationViews.Preview preview(@PathParam("id") long id) {
        return service.preview(id);
    }

    @Operation(summary = "Apply a reorganisation")
    @POST
    @Path("{id}/apply")
    public Draft apply(@PathParam("id") long id) {
        return Draft.of(service.apply(id));
    }

    private static UnitLevel level(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UnitLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleException("request.field.invalid", "level");
        }
    }
}
