package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.application.plan.TaskView;
import vn.dtiplan.domain.document.UnitNames;

/**
 * The page bean of the plan editor ({@code plan.xhtml?id=…}, no id: a new draft of the caller's
 * unit): which plan is shown, its detail and what the caller may do with it.
 *
 * <p>The screen's forms and dialogs are their own beans, which inject this one for the plan:
 * {@link PlanHeaderForm} (the header), {@link TaskEditor} (adding, editing, removing and
 * amending tasks, with {@link CriterionPicker}), {@link IssueDialog}, {@link PlanHistory} and
 * {@link PlanDownloads}. The plan itself is re-read from the service when needed, never kept
 * across a failover (only the id is); a form that changed the plan calls {@link #refresh()}.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private UnitService units;

    @Inject
    private AccountService accounts;

    private Long id;
    private CallerUnit caller;
    private transient PlanDetail detail;
    private transient Boolean cascadable;

    @PostConstruct
    void init() {
        caller = CallerUnit.of(accounts.caller().orElse(null));
    }

    /** Runs on arrival ({@code f:viewAction}): loads the plan named by {@code ?id=}, if any. */
    public void open() throws IOException {
        if (id == null) {
            return;
        }
        Optional<PlanDetail> found = plans.plan(id);
        if (found.isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        detail = found.get();
    }

    /** Shows the plan afresh at its own address (messages kept), e.g. once created or issued. */
    void reopen() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/app/plan.xhtml?id=" + id);
    }

    /** Forgets the plan read so far; the next use reads it again. */
    void refresh() {
        detail = null;
    }

    CallerUnit caller() {
        return caller;
    }

    /** The unit whose plan this is (a new draft: the caller's), or null when the plan is gone. */
    String unitCode() {
        return id == null ? caller.code() : getDetail() == null ? null : getDetail().plan().unitCode();
    }

    Optional<UnitView> planUnit() {
        String code = unitCode();
        return code == null ? Optional.empty() : units.unit(code);
    }

    public PlanDetail getDetail() {
        if (detail == null && id != null) {
            detail = plans.plan(id).orElse(null);
        }
        return detail;
    }

    public List<TaskView> getTasks() {
        return getDetail() == null ? List.of() : getDetail().tasks();
    }

    /** "−2,395 điểm": the points a task's criterion lost, in the user's language. */
    public String pointsAtStake(TaskView t) {
        return t.pointsAtStake() == null ? "" : points(t.pointsAtStake());
    }

    static String points(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setMaximumFractionDigits(4);
        return Notices.text("task.pointsAtStake", format.format(value));
    }

    /**
     * The task's lead as the plan's documents name it ({@link UnitNames#leadOf}: "UBND phường" for
     * the unit itself); an own task without a lead stays blank, as the issue checklist asks for one.
     */
    public String lead(TaskView t) {
        boolean blank = t.lead() == null || t.lead().isBlank();
        return blank && t.parentTaskId() == null || t.unitName() == null ? t.lead() : UnitNames.leadOf(t.unitName(), t.lead());
    }

    public String joined(List<String> items) {
        return items == null ? "" : String.join(", ", items);
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isEditable() {
        return caller.planner() && (id == null || getDetail() != null && getDetail().editable());
    }

    /** Whether the caller amends this issued plan's tasks (its own unit's planners). */
    public boolean isAmendable() {
        return caller.planner() && isIssued() && Objects.equals(getDetail().plan().unitCode(), caller.code());
    }

    public boolean isIssued() {
        return getDetail() != null && getDetail().plan().status().isIssued();
    }

    public boolean isIssuable() {
        return caller.planner() && id != null && getDetail() != null && getDetail().issuable();
    }

    /** Whether the plan's unit has child units its tasks can cascade to. */
    public boolean isCascadable() {
        if (cascadable == null) {
            cascadable = planUnit().map(u -> u.level().hasChildUnits()).orElse(false);
        }
        return cascadable;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
