package vn.dtiplan.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.framework.Criterion;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.IndexFrameworkRepository;
import vn.dtiplan.domain.framework.Pillar;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * Creates and reads index frameworks. Only province overseers (and the system administrator)
 * issue frameworks, and only for a province in their scope; every unit below the issuer reads them.
 */
@Stateless
public class FrameworkService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private IndexFrameworkRepository frameworks;

    /** Creates a draft framework with its pillars and criteria, all or nothing; returns its id. */
    public long create(NewFramework request) {
        TenantScope scope = tenancy.current();
        requireIssuerRole();
        AdministrativeUnit issuer = units.findByCode(scope, request.issuerCode())
                .orElseThrow(() -> new RecordNotFoundException("record.notFound"));
        if (issuer.getLevel() != UnitLevel.PROVINCE) {
            throw new AccessRefusedException("framework.issuer.forbidden");
        }
        return frameworks.add(build(issuer, request)).getId();
    }

    /** Builds the framework in memory (no storage): shared by the API and the Excel import. */
    public static IndexFramework build(AdministrativeUnit issuer, NewFramework request) {
        IndexFramework framework = new IndexFramework(issuer, request.year(), request.level(), request.name());
        for (NewFramework.Pillar p : nonNull(request.pillars())) {
            Pillar pillar = framework.addPillar(p.name(), p.max());
            for (NewFramework.Criterion c : nonNull(p.criteria())) {
                framework.addCriterion(pillar, c.code(), c.title(), c.max(), c.scoringMethod(), c.evidence());
            }
        }
        if (framework.getPillars().isEmpty()) {
            throw new vn.dtiplan.domain.DomainRuleException("framework.empty");
        }
        return framework;
    }

    public List<FrameworkView> visible(Integer year, UnitLevel level) {
        return frameworks.findVisible(tenancy.current(), year, level).stream().map(FrameworkService::view).toList();
    }

    public Optional<FrameworkView> framework(long id) {
        return frameworks.findById(tenancy.current(), id).map(FrameworkService::view);
    }

    /** Whether the caller may issue frameworks (the framework editor's buttons). */
    public boolean mayIssue() {
        return tenancy.callerAccount().map(FrameworkService::issues).orElse(false);
    }

    private void requireIssuerRole() {
        if (!mayIssue()) {
            throw new AccessRefusedException("framework.issuer.forbidden");
        }
    }

    private static boolean issues(UserAccount account) {
        return account.getRoles().contains(Role.PROVINCE_OVERSEER) || account.getRoles().contains(Role.SYSTEM_ADMIN);
    }

    static FrameworkView view(IndexFramework f) {
        return new FrameworkView(f.getId(), f.getIssuer().getCode(), f.getIssuer().getName(), f.getYear(), f.getLevel(),
                f.getName(), f.getStatus().name(), f.max(),
                f.getPillars().stream().map(p -> new FrameworkView.Pillar(p.getPosition(), p.getName(),
                        Points.plain(p.getMax()), p.getCriteria().stream().map(c -> view(p, c)).toList())).toList());
    }

    private static FrameworkView.Criterion view(Pillar p, Criterion c) {
        return new FrameworkView.Criterion(c.getCode(), p.parentOf(c.getCode()).map(Criterion::getCode).orElse(null),
                c.getTitle(), Points.plain(c.getMax()), c.getScoringMethod(), c.getEvidence());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
