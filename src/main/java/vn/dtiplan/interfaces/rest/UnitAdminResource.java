package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import vn.dtiplan.application.UnitAdminService;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * {@code POST /api/units} and {@code PATCH /api/units/{code}} (a rename or a move): the unit
 * management of docs/api.md, "Units over time". {@code {code}} is read on {@code ?at=}. A unit
 * answers its {@code version}; {@code PATCH} honours {@code If-Match} (412 when the unit changed
 * since) and answers the new version as {@code ETag}.
 */
@Tag(name = "Units")
@Path("units")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class UnitAdminResource {

    /** The body of {@code POST /units}. */
    public record NewUnitJson(@NotBlank @Size(max = 16) @Pattern(regexp = "[0-9A-Za-z._-]+") String code,
                              @NotBlank @PlainText @Size(max = 200) String name, @NotNull UnitLevel level,
                              @Size(max = 16) String parentCode, LocalDate validFrom) {
    }

    /** The body of {@code PATCH /units/{code}}: a new name, a new parent, or both. */
    public record UnitChangeJson(@PlainText @Size(min = 1, max = 200) String name, @Size(min = 1, max = 16) String parentCode) {
    }

    @Inject
    private UnitAdminService admin;

    @Inject
    private UnitService units;

    @Operation(summary = "Create a unit")
    @POST
    public Response create(@NotNull @Valid NewUnitJson body) {
        UnitView created = admin.create(new UnitAdminService.NewUnit(body.code(), body.name(), body.level(),
                body.parentCode(), body.validFrom()));
        return Response.status(201).entity(UnitResource.json(created)).build();
    }

    @Operation(summary = "Change a unit (name, parent)")
    @PATCH
    @Path("{code}")
    public Response change(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid UnitChangeJson body) {
        UnitView changed = admin.change(code, body.name(), body.parentCode(), Versions.expected(ifMatch));
        return units.unit(changed.code()).map(stored -> Versions.ok(UnitResource.json(stored), stored.version()))
                .orElseGet(() -> Response.ok(UnitResource.json(changed)).build());
    }
}
