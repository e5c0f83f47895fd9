package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.application.document.ExportService;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.application.progress.UnitProgressView;
import vn.dtiplan.domain.RecordNotFoundException;

/**
 * The progress dashboard of a unit ({@code dashboard.xhtml?unit=…}, the caller's own unit by
 * default): its roll-up over everything below it, one row per child unit to drill into, and the
 * unit's own tasks with progress and due state, each opening its task screen. Province → city →
 * ward → task is three clicks. A unit outside the caller's subtree answers 404.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExportService exports;

    @Inject
    private ProgressService progress;

    @Inject
    private AccountService accounts;

    private String unit;
    private UnitProgressView rollup;
    private List<TaskProgressRow> tasks;

    public void open() throws IOException {
        if (unit == null || unit.isBlank()) {
            unit = accounts.caller().map(CallerView::unitCode).orElse(null);
        }
        try {
            if (unit == null) {
                throw new RecordNotFoundException();
            }
            rollup = progress.unitProgress(unit);
            tasks = progress.tasksOf(unit);
        } catch (RecordNotFoundException notVisible) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public long count(String dueState) {
        return tasks.stream().filter(t -> t.dueState().name().equals(dueState)).count();
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public UnitProgressView getRollup() {
        return rollup;
    }

    public List<TaskProgressRow> getTasks() {
        return tasks;
    }

    /** The dashboard as an Excel workbook: the counts above and the unit's tasks. */
    public StreamedContent file() {
        return Downloads.xlsx(exports.progress(unit));
    }
}
