package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import vn.dtiplan.application.document.PlanDocumentService;
import vn.dtiplan.application.document.PlanFile;

/**
 * {@code GET /api/plans/{id}/document.docx}, {@code .../document.pdf} and
 * {@code .../tasks.xlsx}: the plan as an official Word or PDF document and its task table.
 *
 * <p>Its own class with the file name in its path: a root resource at {@code plans/{id}} would
 * take every {@code /plans/{id}/...} request from the plan resource (JAX-RS picks one class).
 * Files are attachments with a safe ASCII name and are not cached (they hold tenant data).
 */
@Path("plans/{id: [0-9]+}/{file: document\\.docx|document\\.pdf|tasks\\.xlsx}")
public class PlanFileResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private PlanDocumentService documents;

    @GET
    public Response file(@PathParam("id") long id, @PathParam("file") String file) {
        return switch (file) {
            case "document.docx" -> send(documents.docx(id), "ke-hoach-", "docx", DOCX);
            case "document.pdf" -> send(documents.pdf(id), "ke-hoach-", "pdf", PDF);
            default -> send(documents.taskTable(id), "nhiem-vu-", "xlsx", XLSX);
        };
    }

    private static Response send(Optional<PlanFile> file, String prefix, String extension, String type) {
        PlanFile found = file.orElseThrow(NotFoundException::new);
        String base = prefix + (found.planNumber() == null ? "du-thao" : found.planNumber());
        return Response.ok(found.content(), type)
                .header("Content-Disposition", Attachment.of(base, extension).header())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
