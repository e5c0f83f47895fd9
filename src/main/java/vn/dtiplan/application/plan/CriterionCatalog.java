package vn.dtiplan.application.plan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.AssessmentView;
import vn.dtiplan.application.FrameworkService;
import vn.dtiplan.application.FrameworkView;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;

/**
 * The criteria a plan's tasks may target: the criterion picker of the plan editor.
 *
 * <p>The framework is the unit's for the plan's year; a plan usually remedies the previous
 * year's assessment (the 2024 plan, the 2023 gaps) and next year's framework is often not out
 * yet, so when the plan's year has none the previous year's is used. The unit's own assessment
 * of that year names the framework it was scored on and gives the points at stake; without one,
 * the framework the unit can see for its level and year, with no points.
 */
@Stateless
public class CriterionCatalog {

    @Inject
    private AssessmentService assessments;

    @Inject
    private FrameworkService frameworks;

    @Inject
    private UnitService units;

    /** The criteria in framework order (empty when the unit has no framework for either year). */
    public List<CriterionOption> forPlan(String unitCode, int planYear) {
        Optional<UnitView> unit = units.unit(unitCode);
        if (unit.isEmpty()) {
            return List.of();
        }
        for (int year : List.of(planYear, planYear - 1)) {
            Optional<AssessmentView> assessed = assessments.assessment(unitCode, year);
            Optional<FrameworkView> framework = assessed.flatMap(a -> frameworks.framework(a.frameworkId()))
                    .or(() -> frameworks.visible(year, unit.get().level()).stream().findFirst());
            if (framework.isPresent()) {
                Map<String, BigDecimal> lost = assessed.map(a -> a.criterionGaps().stream().collect(
                        Collectors.toMap(AssessmentView.CriterionGap::code, AssessmentView.CriterionGap::lost)))
                        .orElse(Map.of());
                return options(framework.get(), lost);
            }
        }
        return List.of();
    }

    private static List<CriterionOption> options(FrameworkView framework, Map<String, BigDecimal> lost) {
        return framework.pillars().stream().flatMap(p -> p.criteria().stream()
                .map(c -> new CriterionOption(c.code(), c.title(), p.name(), lost.get(c.code()), framework.year(),
                        framework.id())))
                .toList();
    }
}
