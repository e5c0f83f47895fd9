package vn.dtiplan.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.progress.PeriodicReport;
import vn.dtiplan.domain.progress.ReportRepository;
import vn.dtiplan.domain.progress.ReportState;
import vn.dtiplan.domain.progress.ReportStatus;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.UnitPath;

/** JPA periodic reports; a child unit's path is its parent's plus one segment. */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    @Override
    public Optional<PeriodicReport> find(TenantScope scope, long id) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery("select r from PeriodicReport r where r.id = :id and "
                        + ScopeFilter.on("r.unitPath"), PeriodicReport.class), scope)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<PeriodicReport> find(TenantScope scope, long unitId, ReportingPeriod period) {
        if (scope.isNone()) {
            return Optional.empty();
        }
        return ScopeFilter.bind(em.createQuery("select r from PeriodicReport r where r.unitId = :unit"
                        + " and r.frequency = :frequency and r.periodEnd = :end and " + ScopeFilter.on("r.unitPath"),
                        PeriodicReport.class), scope)
                .setParameter("unit", unitId).setParameter("frequency", period.frequency())
                .setParameter("end", period.end()).getResultStream().findFirst();
    }

    @Override
    public List<PeriodicReport> ofUnit(TenantScope scope, String unitPath) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select r from PeriodicReport r where r.unitPath = :path and "
                        + ScopeFilter.on("r.unitPath") + " order by r.periodEnd desc, r.frequency", PeriodicReport.class), scope)
                .setParameter("path", unitPath).getResultList();
    }

    @Override
    public List<PeriodicReport> ofChildren(TenantScope scope, String parentPath) {
        if (scope.isNone()) {
            return List.of();
        }
        return ScopeFilter.bind(em.createQuery("select r from PeriodicReport r where r.unitPath like :children"
                        + " and r.unitPath not like :grandchildren and " + ScopeFilter.on("r.unitPath")
                        + " order by r.periodEnd desc, r.unitPath", PeriodicReport.class), scope)
                .setParameter("children", UnitPath.of(parentPath).descendantsPattern())
                .setParameter("grandchildren", UnitPath.of(parentPath).grandchildrenPattern())
                .getResultList();
    }

    @Override
    public List<ReportState> statesBelow(TenantScope scope, String parentPath, int levels) {
        if (scope.isNone()) {
            return List.of();
        }
        return Below.bind(ScopeFilter.bind(em.createQuery("select r.id, r.unitPath, r.frequency, r.periodStart, r.periodEnd,"
                        + " r.status, r.firstSubmittedAt from PeriodicReport r where " + Below.levels(em, "r.unitPath")
                        + " and " + ScopeFilter.on("r.unitPath"), Object[].class), scope), parentPath, levels)
                .setFlushMode(FlushModeType.COMMIT).getResultStream()
                .map(c -> new ReportState((Long) c[0], (String) c[1], new ReportingPeriod((ReportingPeriod.Frequency) c[2],
                        (LocalDate) c[3], (LocalDate) c[4]), (ReportStatus) c[5], (Instant) c[6]))
                .toList();
    }

    @Override
    public PeriodicReport add(TenantScope scope, PeriodicReport report) {
        ScopeFilter.requireWritable(scope, report.getUnitPath());
        em.persist(report);
        em.flush();
        return report;
    }
}
