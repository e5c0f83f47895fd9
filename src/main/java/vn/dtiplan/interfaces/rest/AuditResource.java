package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import vn.dtiplan.application.AuditService;
import vn.dtiplan.application.AuditView;

/**
 * {@code GET /api/audit/{type}/{id}}: the audit trail of one record ({@code TASK}, {@code PLAN},
 * {@code ASSESSMENT} as {@code <unit code>:<year>}, {@code REPORT}, {@code ACCOUNT}), newest first; 404 for a record
 * the caller may not see.
 */
@Tag(name = "Audit")
@Path("audit")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuditResource {

    /** One event; {@code changes} the recorded fields {@code {field: {from, to}}}, absent when none. */
    public record Event(String recordType, String recordId, String action, Instant at, String actor, String address,
                        JsonObject changes) {

        static Event of(AuditView e) {
            return new Event(e.recordType(), e.recordId(), e.action(), e.at(), e.actor() == null ? "" : e.actor(),
                    e.address(), e.changes() == null ? null : Json.createReader(new StringReader(e.changes())).readObject());
        }
    }

    @Inject
    private AuditService audit;

    @Operation(summary = "Change history of a record")
    @GET
    @Path("{type}/{id}")
    public List<Event> history(@PathParam("type") String type, @PathParam("id") String id) {
        return audit.history(type, id).stream().map(Event::of).toList();
    }
}
