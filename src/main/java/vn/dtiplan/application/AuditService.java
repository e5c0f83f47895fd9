package vn.dtiplan.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.domain.audit.AuditEvent;
import vn.dtiplan.domain.audit.AuditEventRepository;

/** Reads the audit trail of one record, for those who may see the record's unit. */
@Stateless
public class AuditService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private AuditEventRepository events;

    public List<AuditView> history(String recordType, String recordId) {
        return events.findFor(tenancy.current(), recordType.toUpperCase(Locale.ROOT), recordId).stream()
                .map(AuditService::view).toList();
    }

    private static AuditView view(AuditEvent e) {
        return new AuditView(e.getRecordType(), e.getRecordId(), e.getAction(), e.getActor(), e.getOccurredAt(),
                e.getAddress(), e.getChanges());
    }
}
