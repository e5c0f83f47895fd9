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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.AuditService;
import vn.dtiplan.application.AuditView;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.application.document.PlanDocumentService;
import vn.dtiplan.application.plan.AdoptionService;
import vn.dtiplan.application.plan.AmendmentView;
import vn.dtiplan.application.plan.CriterionCatalog;
import vn.dtiplan.application.plan.CriterionOption;
import vn.dtiplan.application.plan.IssuePreview;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.application.plan.PlanDraft;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.application.plan.TaskView;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.PlanHeader;
import vn.dtiplan.domain.plan.TaskChanges;
import vn.dtiplan.domain.plan.TaskContent;
import vn.dtiplan.domain.plan.Timeframe;
import vn.dtiplan.interfaces.rest.FileResponse;

/**
 * The plan editor ({@code plan.xhtml?id=…}, no id: a new draft of the caller's unit).
 *
 * <p>A draft's header and tasks are edited here; lead and coordinators are picked from the
 * unit's departments or its child units as a class ("UBND các phường, xã"), and the due date
 * read from the timeframe's words is shown as they are typed. Issuing first asks the service
 * what it would do (how many units receive how many tasks, or which inherited tasks still
 * block it) and shows that in a confirmation. An issued plan's header is read-only here; its
 * matrix and each task's lineage are one click away, and its planners amend a task in the edit
 * dialog, which first says how many copies below will get a change notice (the service
 * records the revision and sends them). The criterion picker lists the criteria of the unit's
 * framework for the plan's year (see {@link CriterionCatalog}) with the points the unit lost
 * on each; a unit with no framework types a code. The plan itself is re-read from the service
 * when needed, never kept across a failover (only the id and the form are).
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The lead that names the child units as a class; the service recognises these words. */
    public static final String CHILD_UNITS = "UBND các phường, xã";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int CRITERION_TITLE = 90;

    @Inject
    private PlanService plans;

    @Inject
    private AdoptionService adoption;

    @Inject
    private UnitService units;

    @Inject
    private PlanDocumentService documents;

    @Inject
    private AccountService accounts;

    @Inject
    private CriterionCatalog criteria;

    @Inject
    private AuditService audit;

    @Inject
    private VietnamTime time;

    private Long id;
    private CallerUnit caller;
    private HeaderForm header = new HeaderForm();
    private TaskForm task = new TaskForm();
    private TaskForm edit = new TaskForm();
    private TaskForm editOriginal;
    private Long editingId;
    private int editNotices;
    private transient PlanDetail detail;
    private transient IssuePreview preview;
    private transient List<String> departments;
    private transient Boolean cascadable;
    private transient List<CriterionOption> criterionOptions;
    private transient List<AuditView> history;
    private transient PlanDetail historyOf;

    /** The header as the form edits it (lists as one item per line). */
    public static final class HeaderForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String number;
        private LocalDate date;
        private String place;
        private String title;
        private Integer year;
        private String legalBases;
        private String purpose;
        private String budget;
        private String recipients;
        private String signerAuthority;
        private String signerTitle;
        private String signerName;
        private Long implementsPlanId;

        PlanHeader toHeader() {
            return new PlanHeader(number, date, place, title, year == null ? 0 : year, lines(legalBases), purpose,
                    budget, lines(recipients), signerAuthority, signerTitle, signerName);
        }

        void fill(PlanHeader h, Long implementsPlan) {
            number = h.number();
            date = h.date();
            place = h.place();
            title = h.title();
            year = h.year();
            legalBases = String.join("\n", h.legalBases());
            purpose = h.purpose();
            budget = h.budget();
            recipients = String.join("\n", h.recipients());
            signerAuthority = h.signerAuthority();
            signerTitle = h.signerTitle();
            signerName = h.signerName();
            implementsPlanId = implementsPlan;
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }

        public String getNumber() { return number; }
        public void setNumber(String v) { number = v; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public String getPlace() { return place; }
        public void setPlace(String v) { place = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public Integer getYear() { return year; }
        public void setYear(Integer v) { year = v; }
        public String getLegalBases() { return legalBases; }
        public void setLegalBases(String v) { legalBases = v; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String v) { purpose = v; }
        public String getBudget() { return budget; }
        public void setBudget(String v) { budget = v; }
        public String getRecipients() { return recipients; }
        public void setRecipients(String v) { recipients = v; }
        public String getSignerAuthority() { return signerAuthority; }
        public void setSignerAuthority(String v) { signerAuthority = v; }
        public String getSignerTitle() { return signerTitle; }
        public void setSignerTitle(String v) { signerTitle = v; }
        public String getSignerName() { return signerName; }
        public void setSignerName(String v) { signerName = v; }
        public Long getImplementsPlanId() { return implementsPlanId; }
        public void setImplementsPlanId(Long v) { implementsPlanId = v; }
    }

    /** A new task as the form edits it. */
    public static final class TaskForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String criterionCode;
        private String solution;
        private String lead;
        private List<String> coordinating = new ArrayList<>();
        private String target;
        private String evidence;
        private String timeframe;
        private LocalDate due;
        private boolean cascade = true;

        TaskContent toContent(Optional<CriterionOption> criterion) {
            return new TaskContent(blankToNull(criterionCode), criterion.map(CriterionOption::title).orElse(null),
                    criterion.map(CriterionOption::pointsAtStake).orElse(null), solution, lead, coordinatingList(),
                    blankToNull(target), blankToNull(evidence), timeframe, due, cascade, List.of());
        }

        static TaskForm of(TaskView t) {
            TaskForm f = new TaskForm();
            f.criterionCode = t.criterionCode();
            f.solution = t.solution();
            f.lead = t.lead();
            f.coordinating = new ArrayList<>(t.coordinating());
            f.target = t.target();
            f.evidence = t.evidence();
            f.timeframe = t.timeframe();
            f.due = t.due();
            f.cascade = t.cascade();
            return f;
        }

        /**
         * What changed from {@code before}, unchanged fields left null; a new timeframe with
         * the due date untouched lets the due date follow the new words.
         */
        TaskChanges changesFrom(TaskForm before, Optional<CriterionOption> criterion, boolean draft) {
            boolean newCriterion = !same(criterionCode, before.criterionCode);
            return new TaskChanges(newCriterion ? orEmpty(criterionCode) : null,
                    same(solution, before.solution) ? null : orEmpty(solution),
                    same(lead, before.lead) ? null : orEmpty(lead),
                    coordinatingList().equals(before.coordinatingList()) ? null : coordinatingList(),
                    same(target, before.target) ? null : orEmpty(target),
                    same(evidence, before.evidence) ? null : orEmpty(evidence),
                    same(timeframe, before.timeframe) ? null : orEmpty(timeframe),
                    Objects.equals(due, before.due) ? null : due,
                    draft && cascade != before.cascade ? cascade : null,
                    newCriterion ? criterion.map(CriterionOption::title).orElse(null) : null,
                    newCriterion ? criterion.map(CriterionOption::pointsAtStake).orElse(null) : null);
        }

        private List<String> coordinatingList() {
            return coordinating == null ? List.of() : List.copyOf(coordinating);
        }

        private static boolean same(String a, String b) {
            return Objects.equals(blankToNull(a), blankToNull(b));
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value.strip();
        }

        static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        public String getCriterionCode() { return criterionCode; }
        public void setCriterionCode(String v) { criterionCode = v; }
        public String getSolution() { return solution; }
        public void setSolution(String v) { solution = v; }
        public String getLead() { return lead; }
        public void setLead(String v) { lead = v; }
        public List<String> getCoordinating() { return coordinating; }
        public void setCoordinating(List<String> v) { coordinating = v; }
        public String getTarget() { return target; }
        public void setTarget(String v) { target = v; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String v) { evidence = v; }
        public String getTimeframe() { return timeframe; }
        public void setTimeframe(String v) { timeframe = v; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate v) { due = v; }
        public boolean isCascade() { return cascade; }
        public void setCascade(boolean v) { cascade = v; }
    }

    @PostConstruct
    void init() {
        caller = CallerUnit.of(accounts.caller().orElse(null));
        header.year = time.year();
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
        header.fill(detail.header(), detail.plan().implementsPlanId());
    }

    public void save() throws IOException {
        try {
            if (id == null) {
                PlanDetail created = plans.createDraft(new PlanDraft(caller.code(), header.toHeader(),
                        header.implementsPlanId, List.of()));
                id = created.plan().id();
                Notices.info("plan.saved");
                reopen();
                return;
            }
            detail = plans.updateDraft(id, header.toHeader());
            Notices.info("plan.saved");
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** Shows the plan afresh at its own address (messages kept), e.g. once created or issued. */
    private void reopen() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/app/plan.xhtml?id=" + id);
    }

    public void addTask() {
        try {
            plans.addTask(id, task.toContent(criterion(task.criterionCode)));
            task = new TaskForm();
            detail = null;
            Notices.info("plan.task.added");
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
            PrimeFaces.current().ajax().addCallbackParam("refused", true);
        }
    }

    public void removeTask(long taskId) {
        try {
            plans.removeTask(taskId);
            detail = null;
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** Opens the edit dialog on a task, with how many copies below an amendment would reach. */
    public void startEdit(long taskId) {
        getTasks().stream().filter(t -> t.id() == taskId).findFirst().ifPresent(t -> {
            editingId = taskId;
            edit = TaskForm.of(t);
            editOriginal = TaskForm.of(t);
            editNotices = isIssued() ? plans.noticeCount(taskId) : 0;
        });
    }

    /** Saves the edit: in a draft the task changes; in an issued plan it is an amendment. */
    public void saveEdit() throws IOException {
        try {
            TaskChanges changes = edit.changesFrom(editOriginal, criterion(edit.criterionCode), !isIssued());
            AmendmentView amended = plans.amend(editingId, changes);
            detail = null;
            if (amended.changes().isEmpty()) {
                Notices.info("plan.task.unchanged");
            } else if (isIssued()) {
                Notices.info("plan.task.amended", amended.changes().size(), amended.notices());
                reopen();
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

    /** Asks what issuing would do; the confirmation dialog shows it. */
    public void prepareIssue() {
        preview = plans.previewIssue(id);
    }

    public void issue() throws IOException {
        try {
            plans.issue(id);
            Notices.info("plan.issued");
            reopen();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
            preview = plans.previewIssue(id);
        }
    }

    /** The due date the timeframe's words give (from the plan's date, else today), as shown beside them. */
    public String getParsedDue() {
        if (task.timeframe == null || task.timeframe.isBlank()) {
            return "";
        }
        LocalDate anchor = header.date != null ? header.date : time.today();
        Timeframe timeframe = Timeframe.parse(task.timeframe);
        String kind = Notices.text("timeframe." + timeframe.kind().name());
        return timeframe.dueFrom(anchor).map(d -> kind + " · " + Notices.text("plan.task.dueOn", DAY.format(d)))
                .orElse(kind);
    }

    /** The plan's change history (audit trail), read again whenever the plan is. */
    public List<AuditView> getHistory() {
        PlanDetail current = getDetail();
        if (current == null) {
            return List.of();
        }
        if (history == null || historyOf != current) {
            history = audit.history(RecordType.PLAN, String.valueOf(id));
            historyOf = current;
        }
        return history;
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

    public IssuePreview getPreview() {
        return preview;
    }

    /** "17 units receive 3 tasks (51 in all)", for the confirmation. */
    public String getIssueSummary() {
        if (preview == null) {
            return "";
        }
        return preview.units() == 0 ? Notices.text("plan.issue.confirm.noChildren")
                : Notices.text("plan.issue.confirm", preview.units(), preview.tasks(), preview.copies());
    }

    /** "−2,395 điểm": the points a task's criterion lost, in the user's language. */
    public String pointsAtStake(TaskView t) {
        return t.pointsAtStake() == null ? "" : points(t.pointsAtStake());
    }

    private static String points(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setMaximumFractionDigits(4);
        return Notices.text("task.pointsAtStake", format.format(value));
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

    /** The criteria a task of this plan may target (empty: the unit has no framework; a code is typed). */
    public List<CriterionOption> getCriterionOptions() {
        if (criterionOptions == null) {
            String unitCode = id == null ? caller.code() : getDetail() == null ? null : getDetail().plan().unitCode();
            int year = header.year == null ? time.year() : header.year;
            criterionOptions = unitCode == null ? List.of() : criteria.forPlan(unitCode, year);
        }
        return criterionOptions;
    }

    /** The picker's choices: the framework's criteria, and the form's own code when the framework lacks it. */
    public List<CriterionOption> criterionChoices(TaskForm form) {
        List<CriterionOption> options = getCriterionOptions();
        String code = TaskForm.blankToNull(form.criterionCode);
        if (code == null || criterion(code).isPresent()) {
            return options;
        }
        List<CriterionOption> choices = new ArrayList<>(options);
        choices.add(0, new CriterionOption(code, "", "", null, options.get(0).frameworkYear()));
        return choices;
    }

    /** "Tiêu chí của bộ chỉ số năm 2023; trong ngoặc: điểm còn thiếu của đơn vị". */
    public String getCriterionHint() {
        return getCriterionOptions().isEmpty() ? ""
                : Notices.text("task.criterion.hint", String.valueOf(getCriterionOptions().get(0).frameworkYear()));
    }

    private Optional<CriterionOption> criterion(String code) {
        return code == null ? Optional.empty()
                : getCriterionOptions().stream().filter(o -> o.code().equals(code.strip())).findFirst();
    }

    /** "6.4 · Triển khai … (−2,395 điểm)": a criterion as the picker lists it. */
    public String criterionLabel(CriterionOption o) {
        String title = o.title().length() <= CRITERION_TITLE ? o.title() : o.title().substring(0, CRITERION_TITLE - 1) + "…";
        String label = title.isEmpty() ? o.code() : o.code() + " · " + title;
        return o.pointsAtStake() == null ? label : label + " (" + points(o.pointsAtStake()) + ")";
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

    private Optional<UnitView> planUnit() {
        String code = id == null ? caller.code() : getDetail() == null ? null : getDetail().plan().unitCode();
        return code == null ? Optional.empty() : units.unit(code);
    }

    /** Leads and coordinators to pick: the plan unit's departments, and its child units as a class. */
    public List<String> getLeadOptions() {
        if (departments == null) {
            List<String> options = new ArrayList<>(planUnit().map(UnitView::departments).orElse(List.of())
                    .stream().map(UnitView.DepartmentView::name).toList());
            if (isCascadable()) {
                options.add(0, CHILD_UNITS);
            }
            departments = options;
        }
        return departments;
    }

    /** Coordinators to pick in the edit dialog: the usual options and whatever the task already names. */
    public List<String> getEditCoordinatingOptions() {
        List<String> options = new ArrayList<>(getLeadOptions());
        edit.coordinatingList().stream().filter(c -> !options.contains(c)).forEach(options::add);
        return options;
    }

    /** Issued parent plans whose tasks reached the caller's unit: what a new plan may implement. */
    public Map<Long, String> getParentPlanOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        if (caller.present()) {
            adoption.inherited(caller.code(), EnumSet.allOf(InheritanceState.class)).stream()
                    .filter(t -> t.sourcePlanId() != null)
                    .forEach(t -> options.putIfAbsent(t.sourcePlanId(), t.sourcePlanNumber()));
        }
        return options;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public HeaderForm getHeader() {
        return header;
    }

    public TaskForm getTask() {
        return task;
    }

    /** The plan as its Decree 30 Word document. */
    public StreamedContent docx() {
        return Downloads.plan(documents.docx(id), "ke-hoach-", FileResponse.DOCX, "docx");
    }

    /** The plan as PDF. */
    public StreamedContent pdf() {
        return Downloads.plan(documents.pdf(id), "ke-hoach-", FileResponse.PDF, "pdf");
    }

    /** The plan's task table as Excel. */
    public StreamedContent taskTable() {
        return Downloads.plan(documents.taskTable(id), "nhiem-vu-", FileResponse.XLSX, "xlsx");
    }

    public TaskForm getEdit() {
        return edit;
    }

    public int getEditNotices() {
        return editNotices;
    }
}
