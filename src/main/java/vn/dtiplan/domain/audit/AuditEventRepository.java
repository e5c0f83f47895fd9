package vn.dtiplan.domain.audit;

import java.util.List;
import vn.dtiplan.domain.tenancy.TenantScope;

/** Audit events; reads go through the caller's scope. */
public interface AuditEventRepository {

    AuditEvent add(TenantScope scope, AuditEvent event);

    /** Events of one record, newest first, if the record's unit is in scope; else none. */
    List<AuditEvent> findFor(TenantScope scope, String recordType, String recordId);
}
