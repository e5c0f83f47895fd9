package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import vn.dtiplan.domain.plan.ChangeNotice;
import vn.dtiplan.domain.plan.TaskField;
import vn.dtiplan.domain.progress.ActivityRepository;
import vn.dtiplan.domain.progress.EvidenceSummary;
import vn.dtiplan.domain.progress.ProgressUpdate;
import vn.dtiplan.domain.progress.ReportChanges;
import vn.dtiplan.domain.tenancy.TenantScope;

/** JPA reads of the tasks' history for the changes since the last report; one query each, in scope. */
@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Override
    public List<ReportChanges.Reported> progressOf(TenantScope scope, Collection<Long> taskIds) {
        if (scope.isNone() || taskIds.isEmpty()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select u from ProgressUpdate u where u.taskId in :ids and "
                        + ScopeFilter.on("u.unitPath") + " order by u.reportedAt, u.id", ProgressUpdate.class), scope)
                .setParameter("ids", taskIds).getResultList().stream()
                .map(u -> new ReportChanges.Reported(u.getTaskId(), u.getReportedAt(), u.getStatus(), u.getPercent()))
                .toList();
    }

    @Override
    public List<EvidenceSummary> evidenceOf(TenantScope scope, Collection<Long> taskIds) {
        if (scope.isNone() || taskIds.isEmpty()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select new " + EvidenceSummary.class.getName()
                        + "(e.id, e.taskId, e.name, e.contentType, e.sizeBytes, e.url, e.uploadedBy, e.uploadedAt)"
                        + " from Evidence e where e.taskId in :ids and " + ScopeFilter.on("e.unitPath"),
                        EvidenceSummary.class), scope)
                .setParameter("ids", taskIds).getResultList();
    }

    @Override
    public List<ReportChanges.NoticeFacts> noticesOf(TenantScope scope, Collection<Long> taskIds) {
        if (scope.isNone() || taskIds.isEmpty()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select n from ChangeNotice n where n.task.id in :ids and "
                        + ScopeFilter.on("n.unitPath"), ChangeNotice.class), scope)
                .setParameter("ids", taskIds).getResultList().stream()
                .map(n -> new ReportChanges.NoticeFacts(n.getTask().getId(), n.getCreatedAt(),
                        n.getChanges().keySet().stream().map(TaskField::key).toList()))
                .toList();
    }
}
