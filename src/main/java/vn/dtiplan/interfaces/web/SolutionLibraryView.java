package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.application.plan.CriterionOption;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.application.plan.SolutionLibraryService;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.plan.PlanStatus;
import vn.dtiplan.domain.plan.SolutionLibrary;

/**
 * The solution library dialog ({@code WEB-INF/includes/solution-library.xhtml}), opened from a gap
 * of the scorecard or from the criterion picker of a draft plan: what the units of the caller's
 * province planned for the criterion, most effective first, and "use this solution", which adds it
 * to one of the caller's draft plans as a new task (criterion, solution, lead, timeframe). From the
 * plan editor the plan is the one open; from the scorecard the caller picks one of its drafts.
 */
@Named
@ViewScoped
public class SolutionLibraryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SolutionLibraryService library;

    @Inject
    private PlanService plans;

    @Inject
    private AccountService accounts;

    /** The plan editor's page, refreshed after a copy into the plan it shows (not used from the scorecard). */
    @Inject
    private PlanView page;

    private long frameworkId;
    private String code;
    private String title;
    private Long planId;
    private boolean planFixed;
    private List<Draft> drafts = List.of();
    private transient List<SolutionLibrary.Entry> entries;

    /** Opens the library of a criterion from the scorecard: the target is one of the caller's drafts. */
    public void open(long framework, String criterionCode, String criterionTitle) {
        show(framework, criterionCode, criterionTitle);
        planFixed = false;
        drafts = accounts.caller().map(CallerView::unitCode).map(this::draftsOf).orElse(List.of());
        planId = drafts.isEmpty() ? null : drafts.get(0).id();
    }

    /** Opens the library of the criterion picked in a draft plan's form: the target is that plan. */
    public void openForPlan(Long plan, CriterionOption criterion) {
        if (criterion == null || criterion.frameworkId() == 0) {
            Notices.info("library.pickCriterion");
            return;
        }
        show(criterion.frameworkId(), criterion.code(), criterion.title());
        planFixed = true;
        planId = plan;
        PrimeFaces.current().ajax().addCallbackParam("opened", true);
    }

    private void show(long framework, String criterionCode, String criterionTitle) {
        frameworkId = framework;
        code = criterionCode;
        title = criterionTitle;
        entries = null;
    }

    private List<Draft> draftsOf(String unitCode) {
        try {
            return plans.plansOf(unitCode).stream().filter(p -> p.status() == PlanStatus.DRAFT)
                    .map(p -> new Draft(p.id(), p.title() + " (" + p.year() + ")")).toList();
        } catch (RuntimeException notAPlanner) {
            return List.of();
        }
    }

    /** The solutions, read again when the view was restored elsewhere. */
    public List<SolutionLibrary.Entry> getEntries() {
        if (entries == null) {
            entries = code == null ? List.of() : library.solutions(frameworkId, code);
        }
        return entries;
    }

    /** Adds the solution to the target draft plan as a new task of the criterion. */
    public void use(SolutionLibrary.Entry entry) {
        if (planId == null) {
            Notices.info("library.noDraft");
            return;
        }
        TaskFields fields = new TaskFields();
        fields.setCriterionCode(code);
        fields.setSolution(entry.solution());
        fields.setLead(entry.lead());
        fields.setTimeframe(entry.timeframe());
        fields.setCascade(false);
        try {
            plans.addTask(planId, fields.toContent(Optional.of(new CriterionOption(code, title, "", null, 0, frameworkId))));
            if (planFixed) {
                page.refresh();
            }
            Notices.info("library.copied", entry.unitName());
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** "+1,5", "-0,5" or "chưa có kết quả": the measured effect as the dialog shows it. */
    public String effect(SolutionLibrary.Entry entry) {
        return entry.effect().map(e -> (e.signum() > 0 ? "+" : "") + points(e))
                .orElseGet(() -> Notices.text("library.notMeasured"));
    }

    /** Points in the reader's language, or a dash when not scored. */
    public String points(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public boolean isPlanFixed() {
        return planFixed;
    }

    /** A draft plan of the caller's unit the solution can go into. */
    public record Draft(long id, String label) implements Serializable {
    }

    public List<Draft> getDrafts() {
        return drafts;
    }
}
