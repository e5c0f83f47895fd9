package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.application.document.ExportService;
import vn.dtiplan.application.plan.LineageService;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.plan.InheritanceState;

/**
 * The adoption matrix of a plan ({@code matrix.xhtml?plan=…}): a row per child unit the
 * caller may see, a column per cascading task, each cell coloured by the state of that unit's
 * copy, with how many units are in each state per task. A ward sees only its own row.
 */
@Named
@ViewScoped
public class MatrixView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExportService exports;

    @Inject
    private LineageService lineage;

    private Long plan;
    private transient vn.dtiplan.application.plan.MatrixView matrix;

    /** On arrival: a plan that does not exist or is not visible answers 404. */
    public void open() throws IOException {
        if (plan == null || getMatrix() == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public vn.dtiplan.application.plan.MatrixView getMatrix() {
        if (matrix == null && plan != null) {
            matrix = lineage.matrix(plan).orElse(null);
        }
        return matrix;
    }

    /** How many visible units hold the task {@code taskId} in {@code state}. */
    public long count(long taskId, String state) {
        return getMatrix().count(taskId, InheritanceState.valueOf(state));
    }

    public InheritanceState[] getStates() {
        return InheritanceState.values();
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    /** The matrix as an Excel workbook (the state words of this screen). */
    public StreamedContent file() {
        return Downloads.xlsx(exports.matrix(plan).orElseThrow(RecordNotFoundException::new));
    }
}
