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
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.audit.AuditEvent;
import vn.dtiplan.domain.audit.AuditEventRepository;
import vn.dtiplan.domain.audit.Change;

/**
 * Records audit events inside the caller's transaction and scope, so an event exists exactly
 * when its change was committed. The actor is the signed-in caller ({@code system} for work no person
 * asked for) and the address the client's IP as the server saw it. Behind a load balancer that
 * is the balancer's, unless {@code dtiplan.audit.trust-forwarded-for=true} says the instances are
 * reachable only through a balancer that sets {@code X-Forwarded-For}: then its first entry.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    private AuditEventRepository events;

    @Inject
    private Tenancy tenancy;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Instance<HttpServletRequest> request;

    @Inject
    @ConfigProperty(name = "dtiplan.audit.trust-forwarded-for", defaultValue = "false")
    private boolean trustForwardedFor;

    @Inject
    private VietnamTime time;

    /** Records a change of the record owned by the unit at {@code unitPath}; nothing if nothing changed. */
    public void record(String unitPath, RecordType recordType, Object recordId, String action, Map<String, Change> changes) {
        if (changes.isEmpty() && "UPDATE".equals(action)) {
            return;
        }
        events.add(tenancy.current(), new AuditEvent(unitPath, recordType.name(), String.valueOf(recordId), action,
                actor(), time.now(), address(), json(changes)));
    }

    private String actor() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }

    private String address() {
        try {
            return request.isResolvable() ? clientAddress(request.get()) : null;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    private String clientAddress(HttpServletRequest http) {
        String forwarded = trustForwardedFor ? http.getHeader("X-Forwarded-For") : null;
        if (forwarded == null || forwarded.isBlank()) {
            return http.getRemoteAddr();
        }
        String first = forwarded.split(",", 2)[0].strip();
        return first.length() > 64 ? first.substring(0, 64) : first;
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
