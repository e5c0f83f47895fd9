package vn.dtiplan.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.progress.OnTimeRate;
import vn.dtiplan.domain.progress.ProgressRepository;
import vn.dtiplan.domain.progress.ReportRepository;
import vn.dtiplan.domain.progress.TaskProgress;
import vn.dtiplan.domain.publication.Publication;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * The public page of a unit, for anyone, signed in or not: reads in the unit's public scope
 * ({@link Tenancy#publication}) and keeps what the {@link Publication} policy shows.
 */
@Stateless
@PermitAll
public class PublicService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private PlanRepository plans;

    @Inject
    private ProgressRepository progress;

    @Inject
    private ReportRepository reports;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private VietnamTime time;

    /** The public page of the unit holding {@code code} on the request's day; empty for an unknown code. */
    public Optional<PublicUnitView> unit(String code) {
        return tenancy.publication(code).map(p -> {
            AdministrativeUnit unit = p.unit();
            List<PublicUnitView.PlanLine> lines = plans.findPlansOf(p.scope(), unit).stream()
                    .filter(plan -> Publication.showsPlan(unit.getPath(), plan.getUnitPath(), plan.getStatus()))
                    .sorted(Comparator.comparing(Plan::getDate, Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(Plan::getId, Comparator.reverseOrder()))
                    .map(plan -> line(p, plan)).toList();
            List<PublicUnitView.ScoreLine> scores = assessments.findAllYears(p.scope(), List.of(unit)).stream()
                    .filter(a -> Publication.showsAssessment(a.getStatus()))
                    .sorted(Comparator.comparingInt(Assessment::getYear).reversed())
                    .map(PublicService::score).toList();
            Integer onTime = OnTimeRate.of(reports.ofUnit(p.scope(), unit.getPath()), time.today()).percent();
            return new PublicUnitView(unit.getCode(), unit.getName(), lines, onTime, scores);
        });
    }

    private PublicUnitView.PlanLine line(Tenancy.PublicScope p, Plan plan) {
        List<Task> tasks = plans.findTasksOf(p.scope(), plan);
        Map<Long, TaskProgress> reported = progress.findProgress(p.scope(), tasks.stream().map(Task::getId).toList());
        Publication.Figures figures = Publication.figures(tasks.stream().map(t -> new Publication.TaskFacts(
                t.getTimeframeKind(), t.getDue(), Optional.ofNullable(reported.get(t.getId()))
                        .map(TaskProgress::getStatus).orElse(null), t.isCascade())).toList(), time.today());
        return new PublicUnitView.PlanLine(plan.getNumber(), plan.getTitle(), plan.getDate(), figures.tasks(),
                figures.done(), figures.overdue());
    }

    /**
     * The one mapping of an assessment to a public score: the kind and the rank are read here only,
     * so frameworks with kinds and ranks at several levels replace this method alone.
     */
    static PublicUnitView.ScoreLine score(Assessment a) {
        return new PublicUnitView.ScoreLine(a.getYear(), a.getFramework().getKind(), a.scorecard().total(), a.scorecard().max(),
                a.getPublishedRank(), a.getPublishedRankOf());
    }
}
