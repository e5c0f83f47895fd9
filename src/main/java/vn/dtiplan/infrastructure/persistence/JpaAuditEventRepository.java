package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.dtiplan.domain.audit.AuditEvent;
import vn.dtiplan.domain.audit.AuditEventRepository;
import vn.dtiplan.domain.tenancy.TenantScope;

/** JPA audit events. */
@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Override
    public AuditEvent add(TenantScope scope, AuditEvent event) {
        ScopeFilter.requireWritable(scope, event.getUnitPath());
        em.persist(event);
        return event;
    }

    @Override
    public List<AuditEvent> findFor(TenantScope scope, String recordType, String recordId) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select e from AuditEvent e where e.recordType = :type and e.recordId = :id and "
                        + ScopeFilter.on("e.unitPath") + " order by e.occurredAt desc, e.id desc", AuditEvent.class), scope)
                .setParameter("type", recordType).setParameter("id", recordId)
                .getResultList();
    }
}
