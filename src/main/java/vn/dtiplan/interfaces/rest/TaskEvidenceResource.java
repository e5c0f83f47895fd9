package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.domain.progress.EvidenceSummary;

/**
 * Evidence of a task: {@code GET /api/tasks/{id}/evidence} lists it; {@code POST} with
 * {@code Content-Type: application/octet-stream} and {@code ?name=} uploads a file (a type that
 * browsers cannot send across sites without asking), with JSON {@code {"url","title"}} adds a
 * link. An upload is read up to one byte past the limit, never further, before it is refused.
 */
@Tag(name = "Evidence")
@Path("tasks/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TaskEvidenceResource {

    /** A link ({@code url}) or a file ({@code contentType}, {@code size}, {@code download}). */
    public record Evidence(long id, long taskId, String name, Instant uploadedAt, String url, String contentType, Long size,
                           String download, String uploadedBy) {

        static Evidence of(EvidenceSummary e) {
            boolean file = e.url() == null;
            return new Evidence(e.id(), e.taskId(), e.name(), e.uploadedAt(), e.url(), file ? e.contentType() : null,
                    file ? e.size() : null, file ? "evidence/" + e.id() : null, e.uploadedBy());
        }
    }

    @Inject
    private ProgressService progress;

    @Operation(summary = "A task's evidence")
    @GET
    public List<Evidence> list(@PathParam("id") long taskId) {
        return progress.evidence(taskId).stream().map(Evidence::of).toList();
    }

    @Operation(summary = "Upload an evidence file")
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response upload(@PathParam("id") long taskId, @QueryParam("name") String name, InputStream body)
            throws IOException {
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, progress.evidenceLimit() + 1));
        return Response.status(201).entity(Evidence.of(progress.addFile(taskId, name, content))).build();
    }

    @Operation(summary = "Link evidence by address")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("id") long taskId, @NotNull @Valid OtherRequests.LinkBody body) {
        return Response.status(201).entity(Evidence.of(progress.addLink(taskId, body.url(), body.title()))).build();
    }
}
