package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.application.document.ExportService;
import vn.dtiplan.application.plan.LineageService;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.plan.InheritanceState;

/**
 * The adoption matrix of a plan ({@code matrix.xhtml?plan=…}): a row per child unit the
 * caller may see, a column per cascading task, each cell coloured by the state of that unit's
 * copy, with how many units are in each state per task. A ward sees only its own row.
 *
 * <p>The rows are paged ({@code ?page=}, from 1) by a budget of cells, so a plan of 50 tasks issued to 168
 * wards is not one page of 8,400 cells (issue 15: 1.7 MB of HTML); the counts per task stay the whole plan's.
 */
@Named
@ViewScoped
public class MatrixView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExportService exports;

    @Inject
    private LineageService lineage;

    /** Cells a page shows at most, unless {@link #MIN_ROWS} rows need more. */
    static final int CELLS = 1_000;
    static final int MIN_ROWS = 10;

    private Long plan;
    private int page = 1;
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

    /** The rows of the current page. */
    public List<vn.dtiplan.application.plan.MatrixView.Row> getRows() {
        List<vn.dtiplan.application.plan.MatrixView.Row> all = getMatrix().units();
        int first = (getPage() - 1) * getRowsPerPage();
        return all.subList(first, Math.min(all.size(), first + getRowsPerPage()));
    }

    public int getRowsPerPage() {
        return Math.max(MIN_ROWS, CELLS / Math.max(1, getMatrix().tasks().size()));
    }

    public int getPages() {
        return Math.max(1, (getMatrix().units().size() + getRowsPerPage() - 1) / getRowsPerPage());
    }

    /** The page shown, kept between 1 and {@link #getPages()}. */
    public int getPage() {
        return Math.max(1, Math.min(page, getPages()));
    }

    public void setPage(int page) {
        this.page = page;
    }

    /** "21–40 / 168". */
    public String getRange() {
        int first = (getPage() - 1) * getRowsPerPage();
        return (first + 1) + "–" + (first + getRows().size()) + " / " + getMatrix().units().size();
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
