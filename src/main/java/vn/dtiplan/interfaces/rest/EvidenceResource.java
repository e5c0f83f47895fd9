package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.dtiplan.application.progress.EvidenceFile;
import vn.dtiplan.application.progress.ProgressService;

/**
 * {@code GET /api/evidence/{id}}: an evidence file, always as an attachment (never rendered in
 * the API's origin), named in ASCII and in UTF-8 (RFC 6266); {@code DELETE} removes an item.
 */
@Tag(name = "Evidence")
@Path("evidence/{id}")
public class EvidenceResource {

    @Inject
    private ProgressService progress;

    @Operation(summary = "Download an evidence file")
    @GET
    public Response download(@PathParam("id") long evidenceId) {
        EvidenceFile file = progress.download(evidenceId);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", disposition(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Removes an evidence item the caller uploaded while the task is not done: 204 (kept in the task's trail). */
    @Operation(summary = "Remove an evidence file")
    @DELETE
    public Response remove(@PathParam("id") long evidenceId) {
        progress.removeEvidence(evidenceId);
        return Response.noContent().build();
    }

    static String disposition(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
