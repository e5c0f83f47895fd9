package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.domain.listing.Listings;
import vn.dtiplan.domain.listing.Page;
import vn.dtiplan.domain.listing.PageRequest;
import vn.dtiplan.domain.listing.PlanQuery;
import vn.dtiplan.domain.listing.ReportQuery;
import vn.dtiplan.domain.listing.ReportRow;
import vn.dtiplan.domain.listing.TaskQuery;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanStatus;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.progress.Overdue;
import vn.dtiplan.domain.progress.PeriodicReport;
import vn.dtiplan.domain.progress.ProgressStatus;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * The task, plan and report lists with their filters written into the JPQL (beside the scope's
 * {@link vn.dtiplan.domain.tenancy.Visibility} predicate), one query for the page and one count.
 * Overdue is {@link Overdue}'s rule in JPQL, built from its constants like {@link DueSql}'s SQL.
 */
@ApplicationScoped
public class JpaListings implements Listings {

    private static final String ESCAPE = " escape '\\'";

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Override
    public Page<Task> liveTasks(TenantScope scope, String unitPath, TaskQuery query, LocalDate today, PageRequest page) {
        if (scope.isNone()) {
            return new Page<>(List.of(), 0);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from Task t left join t.plan pl left join t.leadDepartment d"
                + " where t.unitPath = :path and (type(t) = InheritedTask or pl.status <> :draft) and "
                + ScopeFilter.on("t.unitPath"));
        parameters.put("path", unitPath);
        parameters.put("draft", PlanStatus.DRAFT);
        if (query.q() != null) {
            where.append(" and (lower(t.solution) like :q").append(ESCAPE).append(" or lower(t.criterionCode) like :q")
                    .append(ESCAPE).append(" or lower(t.criterionTitle) like :q").append(ESCAPE).append(')');
            parameters.put("q", query.pattern());
        }
        if (query.status() == ProgressStatus.NOT_STARTED) {
            where.append(" and not exists (select p from TaskProgress p where p.taskId = t.id and p.status <> :status)");
            parameters.put("status", query.status());
        } else if (query.status() != null) {
            where.append(" and exists (select p from TaskProgress p where p.taskId = t.id and p.status = :status)");
            parameters.put("status", query.status());
        }
        if (query.overdue()) {
            where.append(" and t.timeframeKind not in :undated and t.due < :today"
                    + " and not exists (select f from TaskProgress f where f.taskId = t.id and f.status = :finished)"
                    + " and not exists (select c from InheritedTask c where c.id = t.id and c.state = :notOwed)");
            parameters.put("undated", Overdue.UNDATED);
            parameters.put("today", today);
            parameters.put("finished", Overdue.FINISHED);
            parameters.put("notOwed", Overdue.NOT_OWED);
        }
        if (query.department() != null) {
            where.append(" and (d.id = :departmentId or lower(t.leadName) = :departmentName)");
            parameters.put("departmentId", query.departmentId() == null ? -1L : query.departmentId());
            parameters.put("departmentName", query.departmentName());
        }
        if (query.criteria() != null) {
            if (query.criteria().isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            where.append(" and (");
            for (int i = 0; i < query.criteria().size(); i++) {
                TaskQuery.Criterion criterion = query.criteria().get(i);
                where.append(i == 0 ? "" : " or ").append('(').append(equalOrNull("t.criterionCode", "code" + i,
                        criterion.code(), parameters)).append(" and ").append(equalOrNull("t.criterionTitle", "title" + i,
                        criterion.title(), parameters)).append(')');
            }
            where.append(')');
        }
        return page("select t" + where + " order by t.id", "select count(t)" + where, Task.class, parameters, scope,
                page);
    }

    @Override
    public List<TaskQuery.Criterion> criteriaOfLiveTasks(TenantScope scope, String unitPath) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select distinct t.criterionCode, t.criterionTitle from Task t"
                        + " left join t.plan pl where t.unitPath = :path and (type(t) = InheritedTask or pl.status <> :draft)"
                        + " and " + ScopeFilter.on("t.unitPath"), Object[].class), scope)
                .setParameter("path", unitPath).setParameter("draft", PlanStatus.DRAFT).getResultList().stream()
                .map(r -> new TaskQuery.Criterion((String) r[0], (String) r[1])).toList();
    }

    private static String equalOrNull(String column, String name, String value, Map<String, Object> parameters) {
        if (value == null) {
            return column + " is null";
        }
        parameters.put(name, value);
        return column + " = :" + name;
    }

    @Override
    public Page<Plan> plans(TenantScope scope, AdministrativeUnit unit, PlanQuery query, PageRequest page) {
        if (scope.isNone()) {
            return new Page<>(List.of(), 0);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from Plan p where p.unit = :unit and " + JpaPlanRepository.PLAN_VISIBLE);
        parameters.put("unit", unit);
        parameters.put("draft", PlanStatus.DRAFT);
        if (query.q() != null) {
            where.append(" and (lower(p.number) like :q").append(ESCAPE).append(" or lower(p.title) like :q")
                    .append(ESCAPE).append(')');
            parameters.put("q", query.pattern());
        }
        if (query.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", query.status());
        }
        if (query.year() != null) {
            where.append(" and p.year = :year");
            parameters.put("year", query.year());
        }
        return page("select p" + where + " order by p.year desc, p.id desc", "select count(p)" + where, Plan.class,
                parameters, scope, page);
    }

    @Override
    public Page<ReportRow> reports(TenantScope scope, String unitPath, ReportQuery query, PageRequest page) {
        if (scope.isNone()) {
            return new Page<>(List.of(), 0);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from PeriodicReport r, AdministrativeUnit u where u.id = r.unitId"
                + " and (r.unitPath = :path or r.unitPath like :below) and " + ScopeFilter.on("r.unitPath"));
        parameters.put("path", unitPath);
        parameters.put("below", UnitPath.of(unitPath).descendantsPattern());
        if (query.q() != null) {
            where.append(" and (lower(u.name) like :q").append(ESCAPE).append(" or lower(u.code) like :q")
                    .append(ESCAPE).append(')');
            parameters.put("q", query.pattern());
        }
        if (query.status() != null) {
            where.append(" and r.status = :status");
            parameters.put("status", query.status());
        }
        if (query.frequency() != null) {
            where.append(" and r.frequency = :frequency");
            parameters.put("frequency", query.frequency());
        }
        if (query.level() != null) {
            where.append(" and u.level = :level");
            parameters.put("level", query.level());
        }
        if (query.period() != null) {
            where.append(" and r.periodStart <= :day and r.periodEnd >= :day");
            parameters.put("day", query.period());
        }
        return page("select r, u" + where + " order by r.periodEnd desc, r.unitPath, r.id", "select count(r)" + where,
                Object[].class, parameters, scope, page)
                .map(row -> new ReportRow((PeriodicReport) row[0], (AdministrativeUnit) row[1]));
    }

    private <T> Page<T> page(String select, String count, Class<T> type, Map<String, Object> parameters,
                             TenantScope scope, PageRequest page) {
        TypedQuery<T> rows = bind(em.createQuery(select, type), parameters, scope);
        if (!page.isAll()) {
            rows.setFirstResult(page.offset()).setMaxResults(page.size());
        }
        List<T> items = rows.getResultList();
        long total = page.isAll() ? items.size()
                : bind(em.createQuery(count, Long.class), parameters, scope).getSingleResult();
        return new Page<>(items, total);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters, TenantScope scope) {
        parameters.forEach(query::setParameter);
        return ScopeFilter.bind(query, scope);
    }
}
