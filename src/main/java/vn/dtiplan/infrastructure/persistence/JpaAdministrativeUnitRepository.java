package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

/** JPA units and departments; only units in force (no {@code validTo}) are listed. */
@ApplicationScoped
public class JpaAdministrativeUnitRepository implements AdministrativeUnitRepository {

    private static final Comparator<AdministrativeUnit> TREE_ORDER =
            Comparator.<AdministrativeUnit>comparingInt(u -> UnitPath.of(u.getPath()).depth())
                    .thenComparing(AdministrativeUnit::getCode);

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

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
        if (scope.isNone()) {
            return List.of();
        }
        int depth = UnitPath.of(unit.getPath()).depth();
        return ScopeFilter.bind(em.createQuery(
                        "select u from AdministrativeUnit u left join fetch u.parent where u.path like :below"
                                + " and u.validTo is null and " + ScopeFilter.on("u.path"), AdministrativeUnit.class), scope)
                .setParameter("below", UnitPath.of(unit.getPath()).descendantsPattern()).getResultList().stream()
                .filter(u -> UnitPath.of(u.getPath()).depth() <= depth + levels)
                .sorted(TREE_ORDER).toList();
    }

    @Override
    public Optional<AdministrativeUnit> findByCode(TenantScope scope, String code) {
        if (scope.isNone() || code == null) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery(
                        "select u from AdministrativeUnit u where u.code = :code and u.validTo is null and "
                                + ScopeFilter.on("u.path"), AdministrativeUnit.class), scope)
                .setParameter("code", code)
                .getResultStream().findFirst();
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
                        "select d from Department d join d.unit u where u in :units and "
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
        em.persist(unit);
        em.flush();
        unit.assignPath();
        return unit;
    }

    @Override
    public Department add(Department department) {
        em.persist(department);
        return department;
    }
}
