package vn.dtiplan.application.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.assessment.PointsAtStake;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * The points at stake of a unit's tasks, measured on the unit's latest appraised or published
 * assessment (a draft or submitted one is the unit's own claim, not yet a score). A task that names
 * no criterion the framework knows keeps the points its plan wrote, if any. The projection counts
 * the tasks the unit has taken on: its own tasks of issued plans and the inherited tasks it adopted
 * or adapted, done or not (the assessment predates them all).
 */
@ApplicationScoped
class UnitStakes {

    @Inject
    private AssessmentRepository assessments;

    Optional<PointsAtStake> latest(TenantScope scope, AdministrativeUnit unit) {
        for (int year : assessments.findYears(scope, unit)) {
            Optional<Assessment> scored = assessments.find(scope, unit, year).filter(Assessment::counts);
            if (scored.isPresent()) {
                return Optional.of(new PointsAtStake(year, scored.get().scorecard()));
            }
        }
        return Optional.empty();
    }

    static BigDecimal pointsOf(Optional<PointsAtStake> stakes, Task task) {
        return stakes.flatMap(s -> s.of(target(task))).map(PointsAtStake.Stake::points)
                .orElse(task.getPointsAtStake());
    }

    /** The pillar the task aims at on the unit's latest scored assessment, or null. */
    static String pillarOf(Optional<PointsAtStake> stakes, Task task) {
        return stakes.flatMap(s -> s.pillarOf(target(task))).orElse(null);
    }

    static Optional<PointsAtStake.Projection> projection(Optional<PointsAtStake> stakes, Collection<Task> tasks) {
        return stakes.flatMap(s -> s.projection(tasks.stream().filter(UnitStakes::takenOn).map(UnitStakes::target).toList()));
    }


    private static boolean takenOn(Task t) {
        return t.isTakenOn();
    }

    private static PointsAtStake.Target target(Task t) {
        return new PointsAtStake.Target(t.getCriterionCode(), t.getCriterionTitle());
    }
}
