package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import vn.dtiplan.application.AuditService;
import vn.dtiplan.application.AuditView;

/**
 * {@code GET /api/audit/{type}/{id}}: the audit trail of one record ({@code TASK}, {@code PLAN},
 * {@code ASSESSMENT} as {@code <unit code>:<year>}, {@code REPORT}, {@code ACCOUNT}), newest first; 404 for a record
 * the caller may not see.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuditResource {

    @Inject
    private AuditService audit;

    @GET
    @Path("{type}/{id}")
    public JsonArray history(@PathParam("type") String type, @PathParam("id") String id) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        audit.history(type, id).forEach(event -> array.add(json(event)));
        return array.build();
    }

    private static JsonObjectBuilder json(AuditView event) {
        JsonObjectBuilder object = Json.createObjectBuilder()
                .add("recordType", event.recordType())
                .add("recordId", event.recordId())
                .add("action", event.action())
                .add("at", event.at().toString());
        object.add("actor", event.actor() == null ? "" : event.actor());
        if (event.address() != null) {
            object.add("address", event.address());
        }
        if (event.changes() != null) {
            object.add("changes", Json.createReader(new StringReader(event.changes())).readObject());
        }
        return object;
    }
}
