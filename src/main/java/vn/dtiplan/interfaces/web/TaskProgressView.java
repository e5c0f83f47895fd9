package vn.dtiplan.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.application.AuditService;
import vn.dtiplan.application.AuditView;
import vn.dtiplan.application.progress.EvidenceFile;
import vn.dtiplan.application.progress.ProgressRequest;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.ProgressView;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.progress.EvidenceSummary;
import vn.dtiplan.domain.progress.ProgressStatus;
import vn.dtiplan.interfaces.Messages;

/**
 * One task's progress ({@code task-progress.xhtml?task=…}): the task, its progress history and
 * its evidence for everyone who may see it; for the owning unit (and the lead department's staff)
 * a form to report progress and to attach a file or a link. Refusals are shown as messages and
 * change nothing.
 */
@Named
@ViewScoped
public class TaskProgressView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressService progress;

    @Inject
    private AuditService audit;

    private Long task;
    private TaskProgressRow row;
    private List<ProgressView> history;
    private List<EvidenceSummary> evidence;
    private List<AuditView> changes;
    private boolean mayReport;
    private ProgressStatus status;
    private Integer percent;
    private String note;
    private BigDecimal measured;
    private transient Part file;
    private String link;
    private String linkTitle;

    public void open() throws IOException {
        try {
            if (task == null) {
                throw new RecordNotFoundException();
            }
            reload();
            status = row.status();
            percent = row.percent();
        } catch (RecordNotFoundException notVisible) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void reload() {
        row = progress.task(task);
        history = progress.history(task);
        evidence = progress.evidence(task);
        mayReport = progress.mayReport(task);
        changes = audit.history(RecordType.TASK, String.valueOf(task));
    }

    public void report() {
        if (attempt(() -> progress.report(task, new ProgressRequest(status, percent, note, measured)), "progress.saved")) {
            note = null;
            measured = null;
        }
    }

    /** Stores the chosen file; on success the page is opened afresh (a refresh never sends the file twice). */
    public String upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            show(FacesMessage.SEVERITY_ERROR, Messages.text(locale(), "evidence.empty"));
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        return stored(() -> progress.addFile(task, file.getSubmittedFileName(), content), "evidence.saved");
    }

    public String addLink() {
        return stored(() -> progress.addLink(task, link, linkTitle), "evidence.saved");
    }

    /** Removes an evidence item the caller uploaded (kept in the task's trail); the page is opened afresh. */
    public String remove(long evidenceId) {
        return stored(() -> progress.removeEvidence(evidenceId), "evidence.removed");
    }

    /** Whether the remove button shows: the caller's own item on a task not done that the caller reports on. */
    public boolean mayRemove(EvidenceSummary item) {
        return mayReport && row.status() != ProgressStatus.DONE
                && item.uploadedBy() != null && item.uploadedBy().equals(FacesContext.getCurrentInstance()
                        .getExternalContext().getRemoteUser());
    }

    /** Post, redirect, get: the notice travels in the flash to the reopened page. */
    private String stored(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (DomainRuleException refused) {
            show(FacesMessage.SEVERITY_ERROR, Messages.text(locale(), refused.messageKey(), refused.arguments()));
            return null;
        }
        show(FacesMessage.SEVERITY_INFO, Messages.text(locale(), doneKey));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/task-progress?faces-redirect=true&task=" + task;
    }

    public StreamedContent download(long evidenceId) {
        EvidenceFile f = progress.download(evidenceId);
        return DefaultStreamedContent.builder().name(f.name()).contentType(f.contentType())
                .contentLength((long) f.content().length).stream(() -> new ByteArrayInputStream(f.content())).build();
    }

    /** Whether the action was done; a refusal keeps what the official typed (issue 17). */
    private boolean attempt(Runnable action, String doneKey) {
        try {
            action.run();
            reload();
            show(FacesMessage.SEVERITY_INFO, Messages.text(locale(), doneKey));
            return true;
        } catch (DomainRuleException refused) {
            show(FacesMessage.SEVERITY_ERROR, Messages.text(locale(), refused.messageKey(), refused.arguments()));
            return false;
        }
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void show(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public ProgressStatus[] getStatuses() {
        return ProgressStatus.values();
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }

    /** The task's change history (audit trail): amendments, adoption decisions, progress, evidence. */
    public List<AuditView> getChanges() {
        return changes;
    }

    public TaskProgressRow getRow() {
        return row;
    }

    public List<ProgressView> getHistory() {
        return history;
    }

    public List<EvidenceSummary> getEvidence() {
        return evidence;
    }

    public boolean isMayReport() {
        return mayReport;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public void setStatus(ProgressStatus status) {
        this.status = status;
    }

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }

    public BigDecimal getMeasured() {
        return measured;
    }

    public void setMeasured(BigDecimal measured) {
        this.measured = measured;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getLinkTitle() {
        return linkTitle;
    }

    public void setLinkTitle(String linkTitle) {
        this.linkTitle = linkTitle;
    }
}
