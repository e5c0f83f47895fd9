package vn.dtiplan.application.plan;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.assessment.PointsAtStake;
import vn.dtiplan.domain.framework.Criterion;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.IndexFrameworkRepository;
import vn.dtiplan.domain.framework.Points;
import java.util.Objects;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.SolutionLibrary;
import vn.dtiplan.domain.plan.SolutionRepository;
import vn.dtiplan.domain.plan.SolutionSharing;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.progress.ProgressRepository;
import vn.dtiplan.domain.progress.ProgressStatus;
import vn.dtiplan.domain.progress.TaskProgress;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * The solution library of one criterion ({@link SolutionLibrary}, shared by {@link SolutionSharing}).
 *
 * <p>The framework is found through the caller's own scope (not visible: not found); then, in a
 * transaction of its own that writes nothing, the library reads with the province's scope: the
 * series of the framework (its copies across years), the shared tasks of the units at its level
 * that aim at the criterion (by title or code, the matching of points at stake, on the series'
 * framework of the year the plan remedies), their progress, and the units' appraised or published
 * points on the criterion the year before and the year of the plan. Only the library's fields leave.
 */
@Stateless
public class SolutionLibraryService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private IndexFrameworkRepository frameworks;

    @Inject
    private SolutionRepository solutions;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private ProgressRepository progress;

    /** What the caller's province planned for the criterion coded {@code code}, most effective first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<SolutionLibrary.Entry> solutions(long frameworkId, String code) {
        TenantScope caller = tenancy.current();
        IndexFramework framework = frameworks.findById(caller, frameworkId).orElseThrow(RecordNotFoundException::new);
        String wanted = code == null ? "" : code.strip();
        if (framework.criterion(wanted).isEmpty()) {
            throw new DomainRuleException("library.criterion.unknown", wanted);
        }
        TenantScope reading = tenancy.enterForSharing(SolutionSharing.readingScope(caller));
        Map<Integer, IndexFramework> series = new HashMap<>();
        frameworks.findVisible(reading, null, framework.getLevel()).stream()
                .filter(f -> SolutionLibrary.sameSeries(f, framework)).forEach(f -> series.putIfAbsent(f.getYear(), f));
        Map<IndexFramework, Function<PointsAtStake.Target, Optional<Criterion>>> criteria = new IdentityHashMap<>();
        List<Task> tasks = solutions.candidates(reading, framework.getLevel(), wanted).stream()
                .filter(SolutionSharing::shares).filter(t -> planOf(t).isPresent())
                .filter(t -> aims(criteria.computeIfAbsent(series.getOrDefault(SolutionLibrary.yearBefore(year(t)),
                        framework), PointsAtStake::criteriaOf), t, wanted))
                .toList();
        CriterionPoints points = new CriterionPoints(assessments.findAllYears(reading, tasks.stream().map(Task::getUnit).distinct().toList())
                .stream().filter(a -> a.counts() && SolutionLibrary.sameSeries(a.getFramework(), framework)).toList(), wanted);
        Map<Long, TaskProgress> reported = progress.findProgress(reading, tasks.stream().map(Task::getId).toList());
        return SolutionLibrary.ranked(tasks.stream().map(t -> entry(t, reported.get(t.getId()), points)).toList());
    }

    private static SolutionLibrary.Entry entry(Task t, TaskProgress reported, CriterionPoints points) {
        AdministrativeUnit unit = t.getUnit();
        int year = year(t);
        String lead = t.getLeadDepartment() != null ? t.getLeadDepartment().getName() : t.getLeadName();
        ProgressStatus status = reported == null ? ProgressStatus.NOT_STARTED : reported.getStatus();
        return new SolutionLibrary.Entry(unit.getCode(), unit.getName(), year, t.getId(), t.getSolution(), lead,
                t.getTimeframe(), status.name(), points.of(unit, SolutionLibrary.yearBefore(year)),
                points.of(unit, SolutionLibrary.yearAfter(year)));
    }

    private static boolean aims(Function<PointsAtStake.Target, Optional<Criterion>> criteria, Task t, String code) {
        return criteria.apply(new PointsAtStake.Target(t.getCriterionCode(), t.getCriterionTitle()))
                .map(Criterion::getCode).filter(code::equals).isPresent();
    }

    /** The plan a task belongs to: its own, or for a copy not yet taken into a plan, the plan it came from. */
    private static Optional<Plan> planOf(Task t) {
        return Optional.ofNullable(t.getPlan()).or(() -> t.inherited().map(InheritedTask::getSourcePlan));
    }

    private static int year(Task t) {
        return planOf(t).orElseThrow().getYear();
    }


    /** The units' points on the criterion, by unit and year. */
    private record CriterionPoints(List<Assessment> assessments, String code) {

        BigDecimal of(AdministrativeUnit unit, int year) {
            return assessments.stream().filter(a -> a.getYear() == year && a.getUnit().getId().equals(unit.getId()))
                    .map(a -> a.getFramework().criterion(code).map(c -> a.scorecard().criterionScore(c)).orElse(null))
                    .filter(Objects::nonNull).findFirst().map(Points::plain)
                    .orElse(null);
        }
    }
}
