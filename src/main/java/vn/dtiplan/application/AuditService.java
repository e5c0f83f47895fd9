package vn.dtiplan.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.account.UserAccountRepository;
import vn.dtiplan.domain.audit.AuditEvent;
import vn.dtiplan.domain.audit.AuditEventRepository;
import vn.dtiplan.domain.framework.IndexFrameworkRepository;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.progress.ReportRepository;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * Reads the audit trail of one record, for those who may see the record: a task or plan the caller
 * may open, a periodic report of a unit in the caller's subtree, an assessment
 * ({@code <unit code>:<year>}) of a unit in the caller's subtree, an account the caller may list, a
 * framework issued in the caller's subtree. Any other record, or an unknown kind, is not found
 * (404), so nobody learns what exists outside their scope. Events are read through the scope as well: a ward that sees its
 * city's task through the cascade does not see the city's own history of it.
 */
@Stateless
public class AuditService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private AuditEventRepository events;

    @Inject
    private PlanRepository plans;

    @Inject
    private ReportRepository reports;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private IndexFrameworkRepository frameworks;

    /** The trail of the record a path names ({@code GET /api/audit/{type}/{id}}): an unknown type is not found either. */
    public List<AuditView> history(String recordType, String recordId) {
        return history(RecordType.parse(recordType).orElseThrow(RecordNotFoundException::new), recordId);
    }

    public List<AuditView> history(RecordType type, String recordId) {
        TenantScope scope = tenancy.current();
        if (recordId == null || !visible(scope, type, recordId)) {
            throw new RecordNotFoundException();
        }
        return events.findFor(scope, type.name(), recordId).stream().map(AuditService::view).toList();
    }

    private boolean visible(TenantScope scope, RecordType type, String id) {
        return switch (type) {
            case TASK -> number(id).flatMap(n -> plans.findTask(scope, n)).isPresent();
            case PLAN -> number(id).flatMap(n -> plans.findPlan(scope, n)).isPresent();
            case REPORT -> number(id).flatMap(n -> reports.find(scope, n)).isPresent();
            case ASSESSMENT -> units.findByCode(scope, id.split(":", 2)[0])
                    .filter(u -> scope.covers(u.getPath())).isPresent();
            case FRAMEWORK -> number(id).flatMap(n -> frameworks.findById(scope, n))
                    .filter(f -> scope.covers(f.getIssuerPath())).isPresent();
            case ACCOUNT -> accounts.findVisible(scope).stream().anyMatch(a -> a.getUsername().equals(id));
            case UNIT -> number(id).flatMap(n -> units.findById(scope, n))
                    .filter(u -> scope.covers(u.getPath())).isPresent();
        };
    }

    private static Optional<Long> number(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private static AuditView view(AuditEvent e) {
        return new AuditView(e.getRecordType(), e.getRecordId(), e.getAction(), e.getActor(), e.getOccurredAt(),
                e.getAddress(), e.getChanges());
    }
}
