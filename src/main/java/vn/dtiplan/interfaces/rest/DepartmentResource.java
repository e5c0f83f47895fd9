package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.dtiplan.application.UnitAdminService;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;

/**
 * {@code /api/units/{code}/departments}: list, add, rename and retire (a {@code DELETE} retires:
 * a department is never deleted, the tasks it led keep it). Retired departments are not listed.
 * A department answers its {@code version}; a rename honours {@code If-Match} (412 when stale)
 * and answers the new version as {@code ETag}.
 */
@Tag(name = "Units")
@Path("units/{code}/departments")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DepartmentResource {

    /** One department as the contract names it, with its version (what {@code If-Match} names). */
    public record DepartmentJson(long id, String name, long version) {

        static DepartmentJson of(UnitView.DepartmentView d) {
            return new DepartmentJson(d.id(), d.name(), d.version());
        }
    }

    /** The body of {@code POST} and {@code PATCH}. */
    public record DepartmentNameJson(@NotBlank @PlainText @Size(max = 200) String name) {
    }

    @Inject
    private UnitService units;

    @Inject
    private UnitAdminService admin;

    @Operation(summary = "A unit's departments")
    @GET
    public List<DepartmentJson> departments(@PathParam("code") String code) {
        UnitView unit = units.unit(code).orElseThrow(NotFoundException::new);
        return unit.departments().stream().map(DepartmentJson::of).toList();
    }

    @Operation(summary = "Add a department")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("code") String code, @NotNull @Valid DepartmentNameJson body) {
        UnitView.DepartmentView added = admin.addDepartment(code, body.name());
        return Response.status(201).entity(DepartmentJson.of(added)).build();
    }

    @Operation(summary = "Rename a department")
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rename(@PathParam("code") String code, @PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid DepartmentNameJson body) {
        UnitView.DepartmentView renamed = admin.renameDepartment(code, id, body.name(), Versions.expected(ifMatch));
        return units.unit(code).stream().flatMap(u -> u.departments().stream()).filter(d -> d.id() == id).findFirst()
                .map(stored -> Versions.ok(DepartmentJson.of(stored), stored.version()))
                .orElseGet(() -> Response.ok(DepartmentJson.of(renamed)).build());
    }

    @Operation(summary = "Retire a department")
    @DELETE
    @Path("{id}")
    public Response retire(@PathParam("code") String code, @PathParam("id") long id) {
        admin.retireDepartment(code, id);
        return Response.noContent().build();
    }
}
