package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import vn.dtiplan.application.document.ExportService;
import vn.dtiplan.application.document.PlanDocumentService;
import vn.dtiplan.application.document.PlanFile;

/**
 * {@code GET /api/plans/{id}/document.docx}, {@code .../document.pdf}, {@code .../tasks.xlsx}
 * and {@code .../matrix.xlsx}: the plan as an official Word or PDF document, its task table and
 * its adoption matrix.
 *
 * <p>Its own class with the file name in its path: a root resource at {@code plans/{id}} would
 * take every {@code /plans/{id}/...} request from the plan resource (JAX-RS picks one class).
 */
@Tag(name = "Plans")
@Path("plans/{id: [0-9]+}/{file: document\\.docx|document\\.pdf|tasks\\.xlsx|matrix\\.xlsx}")
public class PlanFileResource {

    @Inject
    private PlanDocumentService documents;

    @Inject
    private ExportService exports;

    @Operation(summary = "A plan as a document (.docx, .pdf) or workbook (.xlsx)")
    @GET
    public Response file(@PathParam("id") long id, @PathParam("file") String file) {
        return switch (file) {
            case "document.docx" -> send(documents.docx(id), "ke-hoach-", "docx", FileResponse.DOCX);
            case "document.pdf" -> send(documents.pdf(id), "ke-hoach-", "pdf", FileResponse.PDF);
            case "matrix.xlsx" -> FileResponse.xlsx(exports.matrix(id).orElseThrow(NotFoundException::new));
            default -> send(documents.taskTable(id), "nhiem-vu-", "xlsx", FileResponse.XLSX);
        };
    }

    private static Response send(Optional<PlanFile> file, String prefix, String extension, String type) {
        PlanFile found = file.orElseThrow(NotFoundException::new);
        return FileResponse.of(found.content(), type, found.baseName(prefix), extension);
    }
}
