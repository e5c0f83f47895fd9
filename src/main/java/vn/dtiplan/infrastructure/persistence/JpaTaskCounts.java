package vn.dtiplan.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import vn.dtiplan.domain.progress.KeptCounts;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.infrastructure.database.DatabaseSettings;

/**
 * The kept figures in {@code task_count} ({@link TaskCountSql}). A unit's rows are deleted and
 * recounted whole, so a refresh is idempotent and cannot drift by a wrong increment. The recount
 * reads with the system scope for its two statements (the caller's scope is put back after): the
 * paths come from rows the transaction wrote, but the figures of a unit are all of its tasks, and
 * row-level security would hide a draft or a parent's task from a ward's or a city's scope.
 */
@ApplicationScoped
public class JpaTaskCounts implements KeptCounts {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    private boolean postgreSql;

    @PostConstruct
    void init() {
        postgreSql = DatabaseSettings.fromConfig().isPostgreSql();
    }

    @Override
    public void refresh(Collection<String> unitPaths) {
        if (unitPaths.isEmpty()) {
            return;
        }
        asSystem(() -> {
            List<String> paths = withTasksUnits(unitPaths);
            for (int from = 0; from < paths.size(); from += CHUNK) {
                List<String> chunk = paths.subList(from, Math.min(paths.size(), from + CHUNK));
                String in = TaskCountSql.parameters(chunk.size());
                bind(em.createNativeQuery("delete from " + TaskCountSql.TABLE + " where unit_path in (" + in + ")"), chunk)
                        .executeUpdate();
                bind(em.createNativeQuery(TaskCountSql.recount("t.unit_path in (" + in + ")")), chunk).executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long recomputeAll() {
        return asSystem(() -> {
            em.createNativeQuery("delete from " + TaskCountSql.TABLE).executeUpdate();
            em.createNativeQuery(TaskCountSql.recount("1 = 1")).executeUpdate();
            return ((Number) em.createNativeQuery("select count(distinct unit_path) from " + TaskCountSql.TABLE)
                    .getSingleResult()).longValue();
        });
    }

    /** The paths, with each {@link TaskCountEvents#TASK} entry replaced by its task's unit path. */
    private List<String> withTasksUnits(Collection<String> marked) {
        List<String> paths = new ArrayList<>(marked.stream().filter(p -> !p.startsWith(TaskCountEvents.TASK)).toList());
        List<String> tasks = marked.stream().filter(p -> p.startsWith(TaskCountEvents.TASK))
                .map(p -> p.substring(TaskCountEvents.TASK.length())).toList();
        for (int from = 0; from < tasks.size(); from += CHUNK) {
            List<String> chunk = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
            Query query = em.createNativeQuery("select distinct unit_path from task where id in ("
                    + TaskCountSql.parameters(chunk.size()) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, Long.valueOf(chunk.get(i)));
            }
            for (Object path : query.getResultList()) {
                if (!paths.contains((String) path)) {
                    paths.add((String) path);
                }
            }
        }
        return paths;
    }

    private static Query bind(Query query, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private <T> T asSystem(Supplier<T> work) {
        if (!postgreSql) {
            return work.get();
        }
        Object before = em.createNativeQuery("select current_setting('app.scope', true)").getSingleResult();
        setScope(TenantScope.system().databaseSetting());
        try {
            return work.get();
        } finally {
            setScope(before == null ? "" : before.toString());
        }
    }

    private void setScope(String setting) {
        em.createNativeQuery("select set_config('app.scope', ?1, true)").setParameter(1, setting).getSingleResult();
    }
}
