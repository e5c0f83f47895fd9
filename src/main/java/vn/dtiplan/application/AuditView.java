package vn.dtiplan.application;

import java.time.Instant;

/** An audit event as screens and the API show it; {@code changes} is the JSON of the changed fields. */
public record AuditView(String recordType, String recordId, String action, String actor, Instant at,
        String address, String changes) {
}
