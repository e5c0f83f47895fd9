package vn.dtiplan.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.plan.LeadKind;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.tenancy.Visibility;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.Department;

/**
 * What the plan services share: loading records in the caller's scope (absent: not found),
 * the ownership rule (only a unit's own accounts change its plans and tasks; a unit above
 * that sees them is refused), department names, the caller's name and Vietnam's today.
 */
@ApplicationScoped
public class PlanAccess {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    private Tenancy tenancy;

    @Inject
    private PlanRepository plans;

    @Inject
    private AdministrativeUnitRepository units;

    private final Clock clock = Clock.system(VIETNAM);

    TenantScope scope() {
        return tenancy.current();
    }

    AdministrativeUnit unit(TenantScope scope, String code) {
        return units.findByCode(scope, code).orElseThrow(RecordNotFoundException::new);
    }

    Plan plan(TenantScope scope, long id) {
        return plans.findPlan(scope, id).orElseThrow(RecordNotFoundException::new);
    }

    Task task(TenantScope scope, long id) {
        return plans.findTask(scope, id).orElseThrow(RecordNotFoundException::new);
    }

    /** Refuses unless the caller's scope is exactly this unit (or the system scope). */
    void requireOwner(TenantScope scope, String unitPath, String refusalKey) {
        if (!owns(scope, unitPath)) {
            throw new AccessRefusedException(refusalKey);
        }
    }

    boolean owns(TenantScope scope, String unitPath) {
        return Visibility.owns(scope, unitPath);
    }

    /** The unit's department named (case and diacritics aside) or numbered by {@code words}. */
    Optional<Department> department(TenantScope scope, AdministrativeUnit unit, String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        String folded = LeadKind.fold(words);
        List<Department> departments = units.findDepartments(scope, List.of(unit));
        return departments.stream()
                .filter(d -> LeadKind.fold(d.getName()).equals(folded) || d.getId().toString().equals(words.strip()))
                .findFirst();
    }

    /** The names of the unit's departments. */
    List<String> departmentNames(TenantScope scope, AdministrativeUnit unit) {
        return units.findDepartments(scope, List.of(unit)).stream().map(Department::getName).toList();
    }

    /** Like {@link #department} but a name that matches nothing is refused. */
    Department requireDepartment(TenantScope scope, AdministrativeUnit unit, String words) {
        return department(scope, unit, words)
                .orElseThrow(() -> new DomainRuleException("task.department.unknown", words, unit.getName()));
    }

    String caller() {
        return tenancy.callerAccount().map(UserAccount::getUsername).orElse("system");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
