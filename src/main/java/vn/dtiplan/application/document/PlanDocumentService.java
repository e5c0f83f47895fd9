package vn.dtiplan.application.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.application.plan.TaskView;
import vn.dtiplan.domain.document.DocumentRenderer;
import vn.dtiplan.domain.document.PlanDocument;
import vn.dtiplan.domain.document.PlanDocumentComposer;
import vn.dtiplan.domain.document.PlanFacts;
import vn.dtiplan.domain.plan.AnsweredAssessment;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanHeader;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;

/**
 * A plan as office files, for anyone who may see the plan: the same scope rule as reading it
 * ({@link PlanService#plan}), so a draft stays inside its unit and anything out of scope is
 * simply not found. The plan, its unit and the unit's parent become {@link PlanFacts}; the
 * composer turns them into the document; the renderer writes the file.
 */
@Stateless
public class PlanDocumentService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private PlanService planService;

    @Inject
    private PlanRepository plans;

    @Inject
    private DocumentRenderer renderer;

    private final PlanDocumentComposer composer = new PlanDocumentComposer();

    public Optional<PlanFile> docx(long planId) {
        return file(planId, renderer::docx);
    }

    public Optional<PlanFile> pdf(long planId) {
        return file(planId, renderer::pdf);
    }

    public Optional<PlanFile> taskTable(long planId) {
        return file(planId, renderer::taskTable);
    }

    /** The plan's document, if the caller may see the plan. */
    public Optional<PlanDocument> document(long planId) {
        TenantScope scope = tenancy.current();
        Optional<PlanDetail> detail = planService.plan(planId);
        Optional<Plan> plan = plans.findPlan(scope, planId);
        if (detail.isEmpty() || plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(composer.compose(facts(plan.get(), detail.get())));
    }

    private Optional<PlanFile> file(long planId, Function<PlanDocument, byte[]> format) {
        return document(planId).map(d -> new PlanFile(d.number(), format.apply(d)));
    }

    private static PlanFacts facts(Plan plan, PlanDetail detail) {
        AdministrativeUnit unit = plan.getUnit();
        AdministrativeUnit parent = unit.getParent();
        PlanHeader header = detail.header();
        return new PlanFacts(unit.getName(), parent == null ? null : parent.getName(),
                unit.getLevel().hasChildGovernments(), plan.getNumber(), plan.getTitle(), plan.getYear(),
                plan.getDate(), parentPlan(plan.getImplementsPlan()), tasks(detail.tasks()),
                new PlanFacts.Wording(header.place(), header.legalBases(), header.purpose(), header.budget(),
                        header.recipients(), PlanDocumentComposer.signature(header.signerAuthority(),
                        header.signerTitle(), header.signerName())),
                plan.getAnswers().answers().stream().map(AnsweredAssessment::year).max(Integer::compare).orElse(null));
    }

    private static PlanFacts.ParentPlan parentPlan(Plan parent) {
        return parent == null ? null
                : new PlanFacts.ParentPlan(parent.getNumber(), parent.getDate(), parent.getUnit().getName());
    }

    private static List<PlanFacts.TaskFacts> tasks(List<TaskView> tasks) {
        return tasks.stream().map(t -> new PlanFacts.TaskFacts(t.criterionCode(), t.criterionTitle(), t.solution(), t.lead(),
                t.coordinating(), t.timeframe(), t.due(), t.evidence(), t.parentTaskId() != null, t.target(),
                t.timeframeKind() == null ? null : t.timeframeKind().name())).toList();
    }
}
