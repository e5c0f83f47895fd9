package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;

/** {@code GET /api/units} and {@code GET /api/units/{code}/departments}. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitResource {

    /** One unit as the contract names it; a province's {@code parentCode} is an explicit null. */
    @JsonbNillable
    public record UnitJson(String code, String name, String level, String parentCode) {
    }

    /** One department as the contract names it. */
    public record DepartmentJson(long id, String name) {
    }

    @Inject
    private UnitService units;

    @GET
    public List<UnitJson> visibleUnits() {
        return units.visibleUnits().stream()
                .map(u -> new UnitJson(u.code(), u.name(), u.level().name(), u.parentCode()))
                .toList();
    }

    @GET
    @Path("{code}/departments")
    public List<DepartmentJson> departments(@PathParam("code") String code) {
        UnitView unit = units.unit(code).orElseThrow(NotFoundException::new);
        return unit.departments().stream().map(d -> new DepartmentJson(d.id(), d.name())).toList();
    }
}
