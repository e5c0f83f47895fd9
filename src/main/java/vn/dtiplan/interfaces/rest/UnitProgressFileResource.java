package vn.dtiplan.interfaces.rest;

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
@Path("units/{code}/progress.xlsx")
public class UnitProgressFileResource {

    @Inject
    private ExportService exports;

    @GET
    public Response progress(@PathParam("code") String code) {
        return FileResponse.xlsx(exports.progress(code));
    }
}
