package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.dtiplan.application.document.ExportService;

/**
 * {@code GET /api/units/{code}/progress.xlsx}: the unit's progress as its dashboard shows it
 * (counts over the unit and per child, the unit's own tasks); 404 outside the caller's subtree.
 */
@Tag(name = "Progress")
@Path("units/{code}/progress.xlsx")
public class UnitProgressFileResource {

    @Inject
    private ExportService exports;

    @Operation(summary = "A unit's progress workbook (.xlsx)")
    @GET
    public Response progress(@PathParam("code") String code) {
        return FileResponse.xlsx(exports.progress(code));
    }
}
