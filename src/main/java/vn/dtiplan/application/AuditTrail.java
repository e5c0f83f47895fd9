package vn.dtiplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import vn.dtiplan.domain.audit.AuditEvent;
import vn.dtiplan.domain.audit.AuditEventRepository;
import vn.dtiplan.domain.audit.Change;

/**
 * Records audit events inside the caller's transaction, so an event exists exactly when its
 * change was committed. The actor is the signed-in caller ({@code system} for work no person
 * asked for) and the address the client's IP as the server saw it (behind a load balancer,
 * the balancer's unless it forwards the client address: see docs/operations.md).
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    private AuditEventRepository events;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Instance<HttpServletRequest> request;

    private final Clock clock = Clock.systemUTC();

    /** Records a change of the record owned by the unit at {@code unitPath}; nothing if nothing changed. */
    public void record(String unitPath, String recordType, Object recordId, String action, Map<String, Change> changes) {
        if (changes.isEmpty() && "UPDATE".equals(action)) {
            return;
        }
        events.add(new AuditEvent(unitPath, recordType, String.valueOf(recordId), action, actor(),
                clock.instant(), address(), json(changes)));
    }

    private String actor() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }

    private String address() {
        try {
            return request.isResolvable() ? request.get().getRemoteAddr() : null;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    private static String json(Map<String, Change> changes) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        changes.forEach((field, change) -> {
            JsonObjectBuilder pair = Json.createObjectBuilder();
            addNullable(pair, "from", change.from());
            addNullable(pair, "to", change.to());
            object.add(field, pair);
        });
        return object.build().toString();
    }

    private static void addNullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }
}
