package vn.dtiplan.application.reorganisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dtiplan.application.AuditTrail;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.account.UserAccountRepository;
import vn.dtiplan.domain.audit.Change;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.reorganisation.Reorganisation;
import vn.dtiplan.domain.reorganisation.ReorganisationPlan;
import vn.dtiplan.domain.reorganisation.ReorganisationRepository;
import vn.dtiplan.domain.reorganisation.UnitSuccession;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.Department;

/**
 * Carries out a resolved {@link ReorganisationPlan} inside the service's transaction.
 *
 * <ul>
 * <li>A new successor opens on the effective date; predecessors and dissolved units close the day
 * before. Nothing else of a unit is rewritten.</li>
 * <li>Each predecessor's open tasks and pending copies move to its successor (ids, plans, parents
 * and histories unchanged). Copies of one parent task from several predecessors (or already in an
 * absorbing successor) become one: the successor keeps the most advanced (a decided copy before a
 * pending one, then the oldest), the others stay with their closed units as history, marked
 * merged into it.</li>
 * <li>Accounts move to the successor with their roles; departments are recreated there by name.
 * A dissolved unit's accounts are disabled.</li>
 * <li>Handed-over children reopen under their new parent with the same code and name, their own
 * children with them, and pass on their tasks and accounts the same way.</li>
 * </ul>
 */
@ApplicationScoped
public class ReorganisationExecution {

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private ReorganisationRepository reorganisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    void carryOut(Reorganisation r, ReorganisationPlan plan, TenantScope system) {
        LocalDate effective = r.getEffective();
        plan.steps().forEach(step -> step.predecessors().forEach(p -> p.closeBefore(effective)));
        plan.dissolved().forEach(u -> u.closeBefore(effective));
        Map<ReorganisationPlan.Step, AdministrativeUnit> successors = new LinkedHashMap<>();
        for (ReorganisationPlan.Step step : plan.steps()) {
            AdministrativeUnit successor = step.opensUnit()
                    ? open(step, step.parentStep() == null ? step.newParent() : successors.get(step.parentStep()), effective)
                    : step.existingSuccessor();
            successors.put(step, successor);
            List<Task> moving = new ArrayList<>();
            for (AdministrativeUnit predecessor : step.predecessors()) {
                moving.addAll(reorganisations.movingTasksOf(system, predecessor));
            }
            List<Task> already = step.opensUnit() ? List.of() : reorganisations.movingTasksOf(system, successor);
            moveTasks(moving, already, successor);
            for (AdministrativeUnit predecessor : step.predecessors()) {
                passOn(system, predecessor, successor, r.getId(), UnitSuccession.Kind.MERGED);
            }
        }
        for (ReorganisationPlan.Handover handover : plan.handovers()) {
            AdministrativeUnit parent = handover.step() != null ? successors.get(handover.step()) : handover.toUnit();
            reopen(system, handover.child(), parent, effective, r.getId());
        }
        for (AdministrativeUnit unit : plan.dissolved()) {
            accountsOf(system, unit).forEach(UserAccount::disable);
        }
    }

    List<UserAccount> accountsOf(TenantScope scope, AdministrativeUnit unit) {
        return accounts.findEnabledOf(scope, unit.getId());
    }

    private AdministrativeUnit open(ReorganisationPlan.Step step, AdministrativeUnit parent, LocalDate effective) {
        var spec = step.change().successor();
        String type = step.predecessors().stream().filter(p -> p.getLevel() == spec.level())
                .map(AdministrativeUnit::getType).findFirst().orElse(spec.level().name());
        return units.add(new AdministrativeUnit(spec.code(), spec.name(), type, spec.level(), parent, effective));
    }

    private void reopen(TenantScope system, AdministrativeUnit child, AdministrativeUnit parent, LocalDate effective,
                        Long reorganisationId) {
        List<AdministrativeUnit> grandchildren = units.findBelow(system, child, 1);
        child.closeBefore(effective);
        AdministrativeUnit copy = units.add(new AdministrativeUnit(child.getCode(), child.getName(), child.getType(),
                child.getLevel(), parent, effective));
        moveTasks(reorganisations.movingTasksOf(system, child), List.of(), copy);
        passOn(system, child, copy, reorganisationId, UnitSuccession.Kind.HANDED_OVER);
        for (AdministrativeUnit grandchild : grandchildren) {
            reopen(system, grandchild, copy, effective, reorganisationId);
        }
    }

    /** Departments, accounts and the succession itself. */
    private void passOn(TenantScope system, AdministrativeUnit from, AdministrativeUnit to, Long reorganisationId,
                        UnitSuccession.Kind kind) {
        Map<String, Department> departments = new LinkedHashMap<>();
        units.findDepartments(system, List.of(to)).forEach(d -> departments.put(d.getName(), d));
        for (Department d : units.findDepartments(system, List.of(from))) {
            departments.computeIfAbsent(d.getName(), name -> units.add(new Department(to, name)));
        }
        for (UserAccount account : accountsOf(system, from)) {
            Department department = Optional.ofNullable(account.getDepartment())
                    .map(d -> departments.get(d.getName())).orElse(null);
            account.moveTo(to, department);
            audit.record(to.getPath(), RecordType.ACCOUNT, account.getUsername(), "MOVE",
                    Map.of("unit", new Change(from.getCode() + " " + from.getName(), to.getCode() + " " + to.getName())));
        }
        reorganisations.add(new UnitSuccession(from, to, reorganisationId, kind));
    }

    private void moveTasks(List<Task> moving, List<Task> already, AdministrativeUnit successor) {
        Map<Long, InheritedTask> survivors = new LinkedHashMap<>();
        already.stream().flatMap(t -> t.inherited().stream())
                .forEach(t -> survivors.put(t.getParentTask().getId(), t));
        Map<Long, List<InheritedTask>> copies = new LinkedHashMap<>();
        for (Task task : moving) {
            Optional<InheritedTask> copy = task.inherited();
            if (copy.isEmpty()) {
                move(task, successor);
            } else {
                copies.computeIfAbsent(copy.get().getParentTask().getId(), k -> new ArrayList<>()).add(copy.get());
            }
        }
        for (Map.Entry<Long, List<InheritedTask>> group : copies.entrySet()) {
            List<InheritedTask> ranked = group.getValue().stream().sorted(MOST_ADVANCED).toList();
            InheritedTask survivor = survivors.get(group.getKey());
            if (survivor == null) {
                survivor = ranked.get(0);
                move(survivor, successor);
            }
            for (InheritedTask other : ranked) {
                if (other != survivor) {
                    other.mergeInto(survivor);
                    audit.record(other.getUnitPath(), RecordType.TASK, other.getId(), "MERGE",
                            Map.of("mergedInto", new Change(null, String.valueOf(survivor.getId()))));
                }
            }
        }
    }

    private static final Comparator<InheritedTask> MOST_ADVANCED = Comparator
            .comparing((InheritedTask t) -> t.getState() == InheritanceState.PENDING)
            .thenComparing(Task::getId);

    private void move(Task task, AdministrativeUnit successor) {
        String from = task.getUnit().getCode();
        task.moveTo(successor);
        audit.record(successor.getPath(), RecordType.TASK, task.getId(), "MOVE",
                Map.of("unit", new Change(from, successor.getCode())));
    }
}
