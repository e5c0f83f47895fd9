package vn.dtiplan.domain.reorganisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * What a reorganisation does on the tree as it stands, worked out before anything changes (the
 * preview shows it; apply carries it out or nothing).
 *
 * <ul>
 * <li>Every code must name a unit in force that the caller's scope covers; an unknown code and
 * one outside the scope get the same refusal ({@code reorganisation.unit.unknown}, 422).</li>
 * <li>A successor code held by a unit in force that is not closing is that unit (it absorbs its
 * predecessors); otherwise a new unit is opened with the draft's name, level and parent, which
 * must be a unit in force, not closing, able to hold it — or a new unit opened by an earlier change
 * of the same draft (Thành phố Hồ Chí Minh opens, then Phường Vũng Tàu under it).</li>
 * <li>Every unit in force directly below a closing unit that is not closing itself is handed
 * over: to the successor of its merged parent, or to the parent of its dissolved parent (a
 * dissolved city's wards go to the province). Since paths never change, a handed-over unit is
 * reopened under its new parent with its code and name (its own children with it).</li>
 * <li>The effective date must be after the day each closing unit opened.</li>
 * </ul>
 */
public final class ReorganisationPlan {

    /** The tree as the caller's scope sees it today. */
    public interface UnitLookup {
        /** The unit in force with this code, if the scope covers it. */
        Optional<AdministrativeUnit> inForce(String code);

        /** The units in force directly below this one. */
        List<AdministrativeUnit> children(AdministrativeUnit unit);
    }

    /**
     * One change resolved: the existing successor, or else the parent of the new one, and the
     * predecessors.
     */
    public record Step(ReorganisationChange change, AdministrativeUnit existingSuccessor,
                       AdministrativeUnit newParent, Step parentStep, List<AdministrativeUnit> predecessors) {

        public boolean opensUnit() {
            return existingSuccessor == null;
        }
    }

    /** A child handed over: to the successor of {@code step}, or else to {@code toUnit}. */
    public record Handover(AdministrativeUnit child, Step step, AdministrativeUnit toUnit) {
    }

    private final List<Step> steps;
    private final List<AdministrativeUnit> dissolved;
    private final List<Handover> handovers;

    private ReorganisationPlan(List<Step> steps, List<AdministrativeUnit> dissolved, List<Handover> handovers) {
        this.steps = steps;
        this.dissolved = dissolved;
        this.handovers = handovers;
    }

    public static ReorganisationPlan of(Reorganisation reorganisation, UnitLookup lookup) {
        Map<String, AdministrativeUnit> closing = new LinkedHashMap<>();
        List<AdministrativeUnit> dissolved = new ArrayList<>();
        for (String code : reorganisation.getDissolved()) {
            AdministrativeUnit unit = resolve(lookup, code);
            closing.put(code, unit);
            dissolved.add(unit);
        }
        List<List<AdministrativeUnit>> predecessors = new ArrayList<>();
        for (ReorganisationChange change : reorganisation.getChanges()) {
            List<AdministrativeUnit> units = change.getPredecessors().stream().map(code -> resolve(lookup, code)).toList();
            units.forEach(u -> closing.put(u.getCode(), u));
            predecessors.add(units);
        }
        Set<Long> closingIds = closing.values().stream().map(AdministrativeUnit::getId).collect(Collectors.toSet());
        requireOpenedBefore(closing.values(), reorganisation.getEffective());
        List<Step> steps = new ArrayList<>();
        for (ReorganisationChange change : reorganisation.getChanges()) {
            steps.add(step(change, predecessors.get(steps.size()), closingIds, lookup, steps));
        }
        List<Handover> handovers = new ArrayList<>();
        for (Step step : steps) {
            for (AdministrativeUnit predecessor : step.predecessors()) {
                lookup.children(predecessor).stream().filter(c -> !closingIds.contains(c.getId()))
                        .forEach(c -> handovers.add(new Handover(c, step, null)));
            }
        }
        for (AdministrativeUnit unit : dissolved) {
            AdministrativeUnit parent = unit.getParent();
            List<AdministrativeUnit> children = lookup.children(unit).stream()
                    .filter(c -> !closingIds.contains(c.getId())).toList();
            if (!children.isEmpty() && (parent == null || closingIds.contains(parent.getId()))) {
                throw new DomainRuleException("reorganisation.dissolved.noParent", unit.getCode());
            }
            children.forEach(c -> handovers.add(new Handover(c, null, parent)));
        }
        return new ReorganisationPlan(List.copyOf(steps), List.copyOf(dissolved), List.copyOf(handovers));
    }

    private static Step step(ReorganisationChange change, List<AdministrativeUnit> predecessors, Set<Long> closingIds,
                             UnitLookup lookup, List<Step> earlier) {
        SuccessorSpec spec = change.successor();
        Optional<AdministrativeUnit> holder = lookup.inForce(spec.code()).filter(u -> !closingIds.contains(u.getId()));
        if (holder.isPresent()) {
            return new Step(change, holder.get(), null, null, predecessors);
        }
        if (spec.name() == null || spec.level() == null) {
            throw new DomainRuleException("reorganisation.successor.incomplete", spec.code());
        }
        Optional<Step> parentStep = earlier.stream()
                .filter(s -> s.opensUnit() && s.change().successor().code().equals(spec.parentCode())).findFirst();
        if (parentStep.isPresent()) {
            UnitLevel parentLevel = parentStep.get().change().successor().level();
            if (!parentLevel.hasChildUnits() || parentLevel.ordinal() >= spec.level().ordinal()) {
                throw new DomainRuleException("reorganisation.parent.level", spec.parentCode());
            }
            return new Step(change, null, null, parentStep.get(), predecessors);
        }
        AdministrativeUnit parent = null;
        if (spec.parentCode() != null) {
            parent = resolve(lookup, spec.parentCode());
            if (closingIds.contains(parent.getId())) {
                throw new DomainRuleException("reorganisation.parent.closing", spec.parentCode());
            }
            if (!parent.getLevel().hasChildUnits() || parent.getLevel().ordinal() >= spec.level().ordinal()) {
                throw new DomainRuleException("reorganisation.parent.level", spec.parentCode());
            }
        } else if (spec.level() != UnitLevel.PROVINCE) {
            throw new DomainRuleException("reorganisation.successor.incomplete", spec.code());
        }
        return new Step(change, null, parent, null, predecessors);
    }

    private static AdministrativeUnit resolve(UnitLookup lookup, String code) {
        return lookup.inForce(code).orElseThrow(() -> new DomainRuleException("reorganisation.unit.unknown", code));
    }

    private static void requireOpenedBefore(Iterable<AdministrativeUnit> units, LocalDate effective) {
        for (AdministrativeUnit unit : units) {
            if (!effective.isAfter(unit.getValidFrom())) {
                throw new DomainRuleException("reorganisation.effective.beforeOpening", unit.getCode());
            }
        }
    }

    public List<Step> steps() {
        return steps;
    }

    public List<AdministrativeUnit> dissolved() {
        return dissolved;
    }

    public List<Handover> handovers() {
        return handovers;
    }
}
