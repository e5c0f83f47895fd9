package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.plan.PlanStatus;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.progress.Evidence;
import vn.dtiplan.domain.progress.EvidenceSummary;
import vn.dtiplan.domain.progress.ProgressRepository;
import vn.dtiplan.domain.progress.ProgressUpdate;
import vn.dtiplan.domain.progress.Rollup;
import vn.dtiplan.domain.progress.TaskProgress;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.tenancy.Visibility;

/**
 * JPA progress and evidence. The roll-up sums the figures kept per unit and due date
 * ({@code task_count}, {@link TaskCountSql}: what it counts, and a cascaded class task once through its
 * copies) over the subtree, one row per unit, with {@link Visibility#coversJpql} written out in SQL
 * (row-level security applies underneath on PostgreSQL). Overdue is the domain's
 * {@link vn.dtiplan.domain.progress.Overdue} rule: the tasks still owing their due date
 * ({@link DueSql#owesDueDate}) whose due date is before today, summed at read time.
 */
@ApplicationScoped
public class JpaProgressRepository implements ProgressRepository {

    private static final String ROLLUP = """
            select c.unit_path, sum(c.tasks), sum(c.pending), sum(c.adopted), sum(c.declined), sum(c.done),
                   sum(case when c.due < ?1 then c.owing else 0 end)
            from task_count c
            where (c.unit_path = ?2 or c.unit_path like ?3)
              and (?4 = 1 or c.unit_path = ?5 or c.unit_path like ?6)%s
            group by c.unit_path
            """;

    /** On PostgreSQL, the subtree also as a range the pattern index answers ({@link SubtreeRange}). */
    private static final String IN_RANGE = " and " + SubtreeRange.sql("c.unit_path", 7);

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Override
    public Optional<TaskProgress> findProgress(TenantScope scope, long taskId) {
        return findProgress(scope, List.of(taskId)).values().stream().findFirst();
    }

    @Override
    public Map<Long, TaskProgress> findProgress(TenantScope scope, Collection<Long> taskIds) {
        if (scope.isNone() || taskIds.isEmpty()) {
            return Map.of();
        }
        return ScopeFilter.bind(em.createQuery("select p from TaskProgress p where p.taskId in :ids and "
                        + ScopeFilter.on("p.unitPath"), TaskProgress.class), scope)
                .setParameter("ids", taskIds).getResultList().stream()
                .collect(Collectors.toMap(TaskProgress::getTaskId, Function.identity()));
    }

    @Override
    public TaskProgress add(TenantScope scope, TaskProgress progress) {
        ScopeFilter.requireWritable(scope, progress.getUnitPath());
        em.persist(progress);
        return progress;
    }

    @Override
    public ProgressUpdate add(TenantScope scope, ProgressUpdate update) {
        ScopeFilter.requireWritable(scope, update.getUnitPath());
        em.persist(update);
        return update;
    }

    @Override
    public List<ProgressUpdate> history(TenantScope scope, long taskId) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select u from ProgressUpdate u where u.taskId = :task and "
                        + ScopeFilter.on("u.unitPath") + " order by u.reportedAt desc, u.id desc", ProgressUpdate.class), scope)
                .setParameter("task", taskId).getResultList();
    }

    @Override
    public Map<Long, List<LocalDate>> reportDays(TenantScope scope, Collection<Long> taskIds) {
        if (scope.isNone() || taskIds.isEmpty()) {
            return Map.of();
        }
        return ScopeFilter.bind(em.createQuery("select u.taskId, u.reportedAt from ProgressUpdate u where u.taskId in :ids and "
                        + ScopeFilter.on("u.unitPath"), Object[].class), scope)
                .setParameter("ids", taskIds).getResultList().stream()
                .collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                        Collectors.mapping(r -> VietnamTime.dateOf((Instant) r[1]), Collectors.toList())));
    }

    @Override
    public Evidence add(TenantScope scope, Evidence evidence) {
        ScopeFilter.requireWritable(scope, evidence.getUnitPath());
        em.persist(evidence);
        em.flush();
        return evidence;
    }

    @Override
    public List<EvidenceSummary> evidenceOf(TenantScope scope, long taskId) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select new " + EvidenceSummary.class.getName()
                        + "(e.id, e.taskId, e.name, e.contentType, e.sizeBytes, e.url, e.uploadedBy, e.uploadedAt)"
                        + " from Evidence e where e.taskId = :task and e.removedAt is null and " + ScopeFilter.on("e.unitPath")
                        + " order by e.uploadedAt desc, e.id desc", EvidenceSummary.class), scope)
                .setParameter("task", taskId).getResultList();
    }

    @Override
    public Map<Long, Long> evidenceCounts(TenantScope scope, Collection<Long> taskIds) {
        if (scope.isNone() || taskIds.isEmpty()) {
            return Map.of();
        }
        return ScopeFilter.bind(em.createQuery("select e.taskId, count(e) from Evidence e where e.taskId in :ids and e.removedAt is null and "
                        + ScopeFilter.on("e.unitPath") + " group by e.taskId", Object[].class), scope)
                .setParameter("ids", taskIds).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    @Override
    public Optional<Evidence> findEvidence(TenantScope scope, long evidenceId) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery("select e from Evidence e where e.id = :id and e.removedAt is null and "
                        + ScopeFilter.on("e.unitPath"), Evidence.class), scope)
                .setParameter("id", evidenceId).getResultStream().findFirst();
    }

    @Override
    public Map<String, Rollup> countsBelow(TenantScope scope, String unitPath, LocalDate today) {
        if (scope.isNone()) {
            return Map.of();
        }
        Map<String, Object> within = Visibility.jpqlParameters(scope);
        // task_count changes only in TaskCountMaintenance's recount: no pending change of this context can
        // alter the answer, so the query does not flush (a flush checks every object the transaction read)
        boolean ranged = SubtreeRange.applies(em);
        Query query = em.createNativeQuery(ROLLUP.formatted(ranged ? IN_RANGE : "")).setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, unitPath)
                .setParameter(3, UnitPath.of(unitPath).descendantsPattern())
                .setParameter(4, Boolean.TRUE.equals(within.get(Visibility.ALL)) ? 1 : 0)
                .setParameter(5, within.get(Visibility.PATH))
                .setParameter(6, within.get(Visibility.DESCENDANTS));
        if (ranged) {
            SubtreeRange.bind(query, 7, unitPath);
        }
        Map<String, Rollup> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], new Rollup(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return counts;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public List<Task> liveTasksOf(TenantScope scope, String unitPath) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select t from Task t left join t.plan pl where t.unitPath = :path and "
                        + "(type(t) = InheritedTask or pl.status <> :draft) and " + ScopeFilter.on("t.unitPath")
                        + " order by t.id", Task.class), scope)
                .setParameter("path", unitPath).setParameter("draft", PlanStatus.DRAFT).getResultList();
    }
}
