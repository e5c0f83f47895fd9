package vn.dtiplan.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.application.plan.AmendmentView;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.plan.TaskChanges;
import vn.dtiplan.domain.plan.Timeframe;

/**
 * The plan editor's task forms: adding a task to a draft, removing one, and the edit dialog,
 * which changes a draft's task or amends an issued plan's task. Lead and coordinators are picked
 * from the plan unit's departments or its child units as a class ("UBND các phường, xã"), and
 * the due date read from the timeframe's words is shown as they are typed. Before an amendment
 * the dialog says how many copies below will get a change notice (the service records the
 * revision and sends them).
 */
@Named
@ViewScoped
public class TaskEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The lead that names the child units as a class; the service recognises these words. */
    public static final String CHILD_UNITS = "UBND các phường, xã";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private PlanView page;

    @Inject
    private CriterionPicker picker;

    @Inject
    private PlanService plans;

    @Inject
    private VietnamTime time;

    private TaskFields task = new TaskFields();
    private TaskFields edit = new TaskFields();
    private TaskFields editOriginal;
    private Long editingId;
    private Long editingVersion;
    private int editNotices;
    private transient List<String> leadOptions;

    public void addTask() {
        try {
            plans.addTask(page.getId(), task.toContent(picker.criterion(task.getCriterionCode())));
            task = new TaskFields();
            page.refresh();
            Notices.info("plan.task.added");
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
            PrimeFaces.current().ajax().addCallbackParam("refused", true);
        }
    }

    public void removeTask(long taskId) {
        try {
            plans.removeTask(taskId);
            page.refresh();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** Opens the edit dialog on a task, with how many copies below an amendment would reach. */
    public void startEdit(long taskId) {
        page.getTasks().stream().filter(t -> t.id() == taskId).findFirst().ifPresent(t -> {
            editingId = taskId;
            editingVersion = t.version();
            edit = TaskFields.of(t);
            editOriginal = TaskFields.of(t);
            editNotices = page.isIssued() ? plans.noticeCount(taskId) : 0;
        });
    }

    /** Saves the edit: in a draft the task changes; in an issued plan it is an amendment. */
    public void saveEdit() throws IOException {
        boolean issued = page.isIssued();
        try {
            TaskChanges changes = edit.changesFrom(editOriginal, picker.criterion(edit.getCriterionCode()), !issued);
            AmendmentView amended = plans.amend(editingId, changes, editingVersion);
            page.refresh();
            if (amended.changes().isEmpty()) {
                Notices.info("plan.task.unchanged");
            } else if (issued) {
                Notices.info("plan.task.amended", amended.changes().size(), amended.notices());
                page.reopen();
            } else {
                Notices.info("plan.task.saved");
            }
        } catch (DomainRuleException refused) {
            Notices.fieldError("edit-form:solution", refused.messageKey(), refused.arguments());
            PrimeFaces.current().ajax().addCallbackParam("refused", true);
        }
    }

    /** "16 copies below will get a change notice", shown in the edit dialog and its confirmation. */
    public String getEditNoticeSummary() {
        return editNotices == 0 ? Notices.text("plan.task.amend.noCopies")
                : Notices.text("plan.task.amend.notices", editNotices);
    }

    /** The due date the timeframe's words give (from the plan's date, else today), as shown beside them. */
    public String getParsedDue() {
        String words = task.getTimeframe();
        if (words == null || words.isBlank()) {
            return "";
        }
        PlanDetail detail = page.getDetail();
        LocalDate planDate = detail == null ? null : detail.header().date();
        LocalDate anchor = planDate != null ? planDate : time.today();
        Timeframe timeframe = Timeframe.parse(words);
        String kind = Notices.text("timeframe." + timeframe.kind().name());
        return timeframe.dueFrom(anchor).map(d -> kind + " · " + Notices.text("plan.task.dueOn", DAY.format(d)))
                .orElse(kind);
    }

    /** Leads and coordinators to pick: the plan unit's departments, and its child units as a class. */
    public List<String> getLeadOptions() {
        if (leadOptions == null) {
            List<String> options = new ArrayList<>(page.planUnit().map(UnitView::departments).orElse(List.of())
                    .stream().map(UnitView.DepartmentView::name).toList());
            if (page.isCascadable()) {
                options.add(0, CHILD_UNITS);
            }
            leadOptions = options;
        }
        return leadOptions;
    }

    /** Coordinators to pick in the edit dialog: the usual options and whatever the task already names. */
    public List<String> getEditCoordinatingOptions() {
        List<String> options = new ArrayList<>(getLeadOptions());
        edit.coordinatingList().stream().filter(c -> !options.contains(c)).forEach(options::add);
        return options;
    }

    public TaskFields getTask() {
        return task;
    }

    public TaskFields getEdit() {
        return edit;
    }

    public int getEditNotices() {
        return editNotices;
    }
}
