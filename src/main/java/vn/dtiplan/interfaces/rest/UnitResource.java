package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import jakarta.ws.rs.Path;

/** {@code GET /api/units?at=}: the tree on that day (default today); departments: {@link DepartmentResource}. */
@Tag(name = "Units")
@Path("units")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitResource {

    /**
     * One unit as the contract names it; a province's {@code parentCode} and an open unit's
     * {@code validTo} are explicit nulls.
     */
    @JsonbNillable
    public record UnitJson(long id, String code, String name, String level, String parentCode, LocalDate validFrom,
                           LocalDate validTo, long version) {
    }

    @Inject
    private UnitService units;

    @Operation(summary = "Units the caller may see")
    @GET
    public List<UnitJson> visibleUnits(@QueryParam("at") String at) {
        List<UnitView> tree = at == null || at.isBlank() ? units.visibleUnits() : units.unitsOn(ReferenceDateFilter.parse(at));
        return tree.stream().map(UnitResource::json).toList();
    }

    static UnitJson json(UnitView u) {
        return new UnitJson(u.id(), u.code(), u.name(), u.level().name(), u.parentCode(), u.validFrom(), u.validTo(), u.version());
    }
}
