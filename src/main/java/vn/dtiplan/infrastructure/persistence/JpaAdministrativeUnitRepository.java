package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.unit.ReferenceDay;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.Department;
import vn.dtiplan.domain.unit.UnitEntry;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * JPA units and departments. Lists show the units in force (no {@code validTo}) or on a date;
 * a code is resolved on the request's day ({@link ReferenceDay}), falling back to the last unit
 * that held it.
 */
@ApplicationScoped
public class JpaAdministrativeUnitRepository implements AdministrativeUnitRepository {

    private static final Comparator<AdministrativeUnit> TREE_ORDER =
            Comparator.<AdministrativeUnit>comparingInt(u -> UnitPath.of(u.getPath()).depth())
                    .thenComparing(AdministrativeUnit::getCode);

    private static final Pattern SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Inject
    private Instance<ReferenceDay> referenceDay;

    @Inject
    private VietnamTime time;

    @Override
    public List<AdministrativeUnit> findVisible(TenantScope scope) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery(
                        "select u from AdministrativeUnit u left join fetch u.parent where u.validTo is null and "
                                + ScopeFilter.on("u.path"), AdministrativeUnit.class), scope)
                .getResultList().stream().sorted(TREE_ORDER).toList();
    }

    @Override
    public List<AdministrativeUnit> findBelow(TenantScope scope, AdministrativeUnit unit, int levels) {
        return scope.isNone() ? List.of() : below(scope, unit, levels).getResultList().stream().sorted(TREE_ORDER).toList();
    }

    @Override
    public List<UnitEntry> entriesBelow(TenantScope scope, String path, int levels) {
        if (scope.isNone()) {
            return List.of();
        }
        // a report query: no entity is built, registered in the transaction or checked at the next flush
        return Below.bind(ScopeFilter.bind(em.createQuery("select u.id, u.code, u.name, u.path, u.level, p.id, p.name"
                                + " from AdministrativeUnit u join u.parent p where " + Below.levels(em, "u.path")
                                + " and u.validTo is null and " + ScopeFilter.on("u.path"), Object[].class), scope), path, levels)
                .setFlushMode(FlushModeType.COMMIT).getResultStream()
                .map(r -> new UnitEntry((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (UnitLevel) r[4],
                        (Long) r[5], (String) r[6]))
                .sorted(Comparator.comparingInt((UnitEntry u) -> UnitPath.of(u.path()).depth()).thenComparing(UnitEntry::code))
                .toList();
    }

    private TypedQuery<AdministrativeUnit> below(TenantScope scope, AdministrativeUnit unit, int levels) {
        return Below.bind(ScopeFilter.bind(em.createQuery(
                        "select u from AdministrativeUnit u left join fetch u.parent where " + Below.levels(em, "u.path")
                                + " and u.validTo is null and " + ScopeFilter.on("u.path"),
                        AdministrativeUnit.class), scope), unit.getPath(), levels);
    }

    @Override
    public Optional<AdministrativeUnit> findByCode(TenantScope scope, String code) {
        return findByCode(scope, code, referenceDay());
    }

    @Override
    public Optional<AdministrativeUnit> findByCode(TenantScope scope, String code, LocalDate day) {
        if (scope.isNone() || code == null) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery(
                        "select u from AdministrativeUnit u where u.code = :code and u.validFrom <= :day and "
                                + ScopeFilter.on("u.path") + " order by u.validFrom desc", AdministrativeUnit.class),
                        scope)
                .setParameter("code", code).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The request's day ({@code ?at=}) where a request is active, else today in Vietnam. */
    private LocalDate referenceDay() {
        try {
            if (referenceDay.isResolvable()) {
                return referenceDay.get().day();
            }
        } catch (ContextNotActiveException noRequest) {
            // a timer or the start-up: today
        }
        return time.today();
    }

    @Override
    public List<AdministrativeUnit> findOn(TenantScope scope, LocalDate day) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery(
                        "select u from AdministrativeUnit u left join fetch u.parent where u.validFrom <= :day"
                                + " and (u.validTo is null or u.validTo >= :day) and " + ScopeFilter.on("u.path"),
                        AdministrativeUnit.class), scope)
                .setParameter("day", day)
                .getResultList().stream().sorted(TREE_ORDER).toList();
    }

    @Override
    public boolean codeInForce(TenantScope scope, String code) {
        if (scope.isNone()) {
            return false;
        }
        return !ScopeFilter.bind(em.createQuery(
                        "select u.id from AdministrativeUnit u where u.code = :code and u.validTo is null and "
                                + ScopeFilter.on("u.path"), Long.class), scope)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Map<String, Integer> movePaths(TenantScope scope, String from, String to) {
        if (scope.isNone()) {
            return Map.of();
        }
        em.flush();
        Map<String, Integer> changed = new LinkedHashMap<>();
        changed.put("administrative_unit", rewrite("administrative_unit", "path", from, to));
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("select lower(table_name), lower(column_name)"
                + " from information_schema.columns where lower(table_schema) = 'public'"
                + " and lower(column_name) in ('unit_path', 'issuer_path') and lower(table_name) <> 'audit_event'"
                + " order by 1, 2").getResultList();
        for (Object[] c : columns) {
            changed.put(c[0] + "." + c[1], rewrite((String) c[0], (String) c[1], from, to));
        }
        return changed;
    }

    /** One table's paths: {@code from} and everything below it now start with {@code to}. */
    private int rewrite(String table, String column, String from, String to) {
        if (!SQL_NAME.matcher(table).matches() || !SQL_NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("not a table or column name: " + table + "." + column);
        }
        return em.createNativeQuery("update " + table + " set " + column + " = cast(?1 as varchar(400)) || substr("
                        + column + ", ?2) where " + column + " = ?3 or " + column + " like ?4")
                .setParameter(1, to).setParameter(2, from.length() + 1).setParameter(3, from)
                .setParameter(4, UnitPath.of(from).descendantsPattern()).executeUpdate();
    }

    @Override
    public Optional<Department> findDepartment(TenantScope scope, AdministrativeUnit unit, long id) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery(
                        "select d from Department d join d.unit u where d.id = :id and u = :unit and "
                                + ScopeFilter.on("u.path"), Department.class), scope)
                .setParameter("id", id).setParameter("unit", unit).getResultStream().findFirst();
    }

    @Override
    public Optional<AdministrativeUnit> findLastByCode(TenantScope scope, String code) {
        if (scope.isNone() || code == null) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery(
                        "select u from AdministrativeUnit u where u.code = :code and " + ScopeFilter.on("u.path")
                                + " order by u.validFrom desc, u.id desc", AdministrativeUnit.class), scope)
                .setParameter("code", code).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<AdministrativeUnit> findById(TenantScope scope, long id) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery(
                        "select u from AdministrativeUnit u where u.id = :id and " + ScopeFilter.on("u.path"),
                        AdministrativeUnit.class), scope)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<Department> findDepartments(TenantScope scope, Collection<AdministrativeUnit> units) {
        if (scope.isNone() || units.isEmpty()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery(
                        "select d from Department d join d.unit u where u in :units and d.retiredOn is null and "
                                + ScopeFilter.on("u.path") + " order by u.code, d.name", Department.class), scope)
                .setParameter("units", units)
                .getResultList();
    }

    @Override
    public boolean isEmpty(TenantScope scope) {
        if (scope.isNone()) {
            return true;
        }
        return ScopeFilter.bind(em.createQuery(
                        "select u.id from AdministrativeUnit u where " + ScopeFilter.on("u.path"), Long.class), scope)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public AdministrativeUnit add(AdministrativeUnit unit) {
        em.flush();
        em.persist(unit);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (uniqueViolation(e)) {
                throw new StateConflictException("unit.code.taken", unit.getCode());
            }
            throw e;
        }
        unit.assignPath();
        return unit;
    }

    /** A unique key refused the row: on PostgreSQL, another unit in force holds the code. */
    private static boolean uniqueViolation(Throwable thrown) {
        Throwable c = thrown;
        for (int depth = 0; c != null && depth < 20; depth++) {
            if (c instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            c = c.getCause() != null ? c.getCause() : internal(c);
        }
        return false;
    }

    /** EclipseLink's exceptions (not on the compile path) keep the JDBC exception as their internal one. */
    private static Throwable internal(Throwable t) {
        try {
            Object inner = t.getClass().getMethod("getInternalException").invoke(t);
            return inner instanceof Throwable found && found != t ? found : null;
        } catch (ReflectiveOperationException notEclipseLink) {
            return null;
        }
    }

    @Override
    public Department add(Department department) {
        em.persist(department);
        em.flush();
        return department;
    }
}
