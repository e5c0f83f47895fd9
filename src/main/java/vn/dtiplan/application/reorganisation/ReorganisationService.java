package vn.dtiplan.application.reorganisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.application.reorganisation.ReorganisationViews.ChangeLine;
import vn.dtiplan.application.reorganisation.ReorganisationViews.History;
import vn.dtiplan.application.reorganisation.ReorganisationViews.Link;
import vn.dtiplan.application.reorganisation.ReorganisationViews.Preview;
import vn.dtiplan.application.reorganisation.ReorganisationViews.PreviewLine;
import vn.dtiplan.application.reorganisation.ReorganisationViews.Successor;
import vn.dtiplan.application.reorganisation.ReorganisationViews.Summary;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.account.Roles;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.reorganisation.ChangeSpec;
import vn.dtiplan.domain.reorganisation.Reorganisation;
import vn.dtiplan.domain.reorganisation.ReorganisationChange;
import vn.dtiplan.domain.reorganisation.ReorganisationPlan;
import vn.dtiplan.domain.reorganisation.ReorganisationRepository;
import vn.dtiplan.domain.reorganisation.SuccessorSpec;
import vn.dtiplan.domain.reorganisation.UnitSuccession;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * Drafts, previews and applies reorganisations; answers a unit's history.
 *
 * <p>The system administrator anywhere, a province overseer inside its province: every code of a
 * draft is resolved through the caller's scope on preview and apply (unknown or outside: 422).
 * Once the whole {@link ReorganisationPlan} is resolved and checked under the caller's scope, the
 * transaction continues under the system setting, because units are written only by it (row-level
 * security) — everything it touches was just found inside the caller's scope. All in this one
 * container transaction: a refusal at any point rolls everything back.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROVINCE_OVERSEER})
public class ReorganisationService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private ReorganisationRepository reorganisations;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private ReorganisationExecution execution;

    @Inject
    private VietnamTime time;

    /**
     * Stores a draft whose codes all name units the caller may reorganise today (an unknown code or
     * one outside the scope: 422, nothing stored); apply resolves them again on the tree of that day.
     */
    public Summary draft(LocalDate effective, String basis, List<ChangeSpec> changes, List<String> dissolved) {
        TenantScope scope = tenancy.current();
        String owner = scope.isAll() ? null : scope.path();
        Reorganisation r = new Reorganisation(effective, basis, changes, dissolved, owner, caller(), time.now());
        ReorganisationPlan.of(r, lookup(scope));
        return summary(reorganisations.add(scope, r));
    }

    public List<Summary> list() {
        return reorganisations.findAll(tenancy.current()).stream().map(ReorganisationService::summary).toList();
    }

    public Summary reorganisation(long id) {
        return summary(load(tenancy.current(), id));
    }

    /** What applying would move, per change; changes nothing. */
    public Preview preview(long id) {
        TenantScope scope = tenancy.current();
        Reorganisation r = load(scope, id);
        ReorganisationPlan plan = ReorganisationPlan.of(r, lookup(scope));
        List<PreviewLine> lines = new ArrayList<>();
        for (ReorganisationPlan.Step step : plan.steps()) {
            long open = 0;
            long pending = 0;
            long plans = 0;
            long accounts = 0;
            long reports = 0;
            for (AdministrativeUnit predecessor : step.predecessors()) {
                for (Task task : reorganisations.movingTasksOf(scope, predecessor)) {
                    if (task.inherited().filter(i -> i.getState() == InheritanceState.PENDING).isPresent()) {
                        pending++;
                    } else {
                        open++;
                    }
                }
                plans += reorganisations.plansOf(scope, predecessor).size();
                accounts += execution.accountsOf(scope, predecessor).size();
                reports += reorganisations.reportCount(scope, predecessor);
            }
            lines.add(new PreviewLine(successor(step.change()), step.change().getPredecessors(),
                    step.predecessors().stream().map(AdministrativeUnit::getName).toList(), step.opensUnit(),
                    open, pending, plans, accounts, reports));
        }
        return new Preview(r.getId(), r.getStatus().name(), r.getEffective(), lines, r.getDissolved(),
                plan.handovers().stream().map(h -> h.child().getCode()).toList());
    }

    /** Applies the draft: all or nothing; a second time is 409. */
    public Summary apply(long id) {
        TenantScope scope = tenancy.current();
        Reorganisation r = load(scope, id);
        r.requireDraft();
        ReorganisationPlan plan = ReorganisationPlan.of(r, lookup(scope));
        execution.carryOut(r, plan, tenancy.system());
        r.markApplied(caller(), time.now());
        return summary(r);
    }

    /** A unit over time: the unit holding the code today (else the last that held it), its predecessors and successors. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.PROVINCE_OVERSEER, Roles.CITY_PLANNER, Roles.WARD_OFFICER, Roles.DEPARTMENT_STAFF})
    public History history(String code) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = units.findLastByCode(scope, code).orElseThrow(RecordNotFoundException::new);
        List<Link> predecessors = new ArrayList<>();
        List<Link> successors = new ArrayList<>();
        for (UnitSuccession s : reorganisations.successionsOf(unit.getId())) {
            boolean before = s.getSuccessorId() == unit.getId();
            long other = before ? s.getPredecessorId() : s.getSuccessorId();
            units.findById(scope, other).ifPresent(u -> (before ? predecessors : successors)
                    .add(new Link(u.getCode(), u.getName(), u.getValidTo(), s.getReorganisationId())));
        }
        return new History(unit.getId(), unit.getCode(), unit.getName(), unit.getValidFrom(), unit.getValidTo(),
                predecessors, successors);
    }

    private Reorganisation load(TenantScope scope, long id) {
        return reorganisations.find(scope, id).orElseThrow(RecordNotFoundException::new);
    }

    private ReorganisationPlan.UnitLookup lookup(TenantScope scope) {
        return new ReorganisationPlan.UnitLookup() {
            @Override
            public Optional<AdministrativeUnit> inForce(String code) {
                LocalDate today = time.today();
                return units.findByCode(scope, code, today).filter(u -> u.isValidOn(today));
            }

            @Override
            public List<AdministrativeUnit> children(AdministrativeUnit unit) {
                return units.findBelow(scope, unit, 1);
            }
        };
    }

    private String caller() {
        return tenancy.callerAccount().map(a -> a.getUsername()).orElse("system");
    }

    private static Successor successor(ReorganisationChange change) {
        SuccessorSpec s = change.successor();
        return new Successor(s.code(), s.name(), s.level() == null ? null : s.level().name(), s.parentCode());
    }

    private static Summary summary(Reorganisation r) {
        return new Summary(r.getId(), r.getStatus().name(), r.getEffective(), r.getBasis(),
                r.getChanges().stream().map(c -> new ChangeLine(successor(c), c.getPredecessors())).toList(),
                r.getDissolved());
    }
}
