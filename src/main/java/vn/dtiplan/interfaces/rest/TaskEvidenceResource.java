package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.domain.progress.EvidenceSummary;

/**
 * Evidence of a task: {@code GET /api/tasks/{id}/evidence} lists it; {@code POST} with
 * {@code Content-Type: application/octet-stream} and {@code ?name=} uploads a file (a type that
 * browsers cannot send across sites without asking), with JSON {@code {"url","title"}} adds a
 * link. An upload is read up to one byte past the limit, never further, before it is refused.
 */
@Path("tasks/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TaskEvidenceResource {

    @Inject
    private ProgressService progress;

    @GET
    public JsonArray list(@PathParam("id") long taskId) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        progress.evidence(taskId).forEach(e -> array.add(json(e)));
        return array.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response upload(@PathParam("id") long taskId, @QueryParam("name") String name, InputStream body)
            throws IOException {
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, progress.evidenceLimit() + 1));
        return Response.status(201).entity(json(progress.addFile(taskId, name, content)).build()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("id") long taskId, JsonObject body) {
        JsonObject request = JsonBody.require(body);
        return Response.status(201).entity(json(progress.addLink(taskId, JsonBody.text(request, "url"),
                JsonBody.text(request, "title"))).build()).build();
    }

    static JsonObjectBuilder json(EvidenceSummary e) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", e.id())
                .add("taskId", e.taskId())
                .add("name", e.name())
                .add("uploadedAt", e.uploadedAt().toString());
        if (e.url() != null) {
            o.add("url", e.url());
        } else {
            o.add("contentType", e.contentType()).add("size", e.size()).add("download", "evidence/" + e.id());
        }
        if (e.uploadedBy() != null) {
            o.add("uploadedBy", e.uploadedBy());
        }
        return o;
    }
}
