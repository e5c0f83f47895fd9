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
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import vn.dtiplan.application.progress.ProgressRequest;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.ProgressView;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.progress.ProgressStatus;

/** {@code POST /api/tasks/{id}/progress} (by the owning unit) and {@code GET} its history, newest first. */
@Path("tasks/{id}/progress")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TaskProgressResource {

    @Inject
    private ProgressService progress;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject report(@PathParam("id") long taskId, JsonObject body) {
        JsonObject request = JsonBody.require(body);
        Long percent = JsonBody.number(request, "percent");
        return json(progress.report(taskId, new ProgressRequest(status(JsonBody.text(request, "status")),
                percent == null ? null : Math.toIntExact(Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, percent))),
                JsonBody.text(request, "note")))).build();
    }

    @GET
    public JsonArray history(@PathParam("id") long taskId) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        progress.history(taskId).forEach(p -> array.add(json(p)));
        return array.build();
    }

    private static ProgressStatus status(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        try {
            return ProgressStatus.valueOf(words.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleException("progress.status.invalid", words);
        }
    }

    static JsonObjectBuilder json(ProgressView p) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("taskId", p.taskId())
                .add("status", p.status().name())
                .add("percent", p.percent())
                .add("reportedAt", p.reportedAt().toString());
        if (p.note() != null) {
            o.add("note", p.note());
        }
        if (p.reportedBy() != null) {
            o.add("reportedBy", p.reportedBy());
        }
        return o;
    }
}
