package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.application.progress.ProgressService;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.listing.PageRequest;
import vn.dtiplan.domain.listing.TaskQuery;
import vn.dtiplan.domain.progress.ProgressStatus;

/**
 * The task list of a unit ({@code tasks.xhtml?unit=…&q=…&status=…&overdue=true&department=…}, the
 * caller's own unit by default): a filter bar whose values live in the URL (view parameters; the
 * filter button redirects with them, so a link or a reload keeps them) and a lazy table that asks
 * the service for one page at a time, filtered and paged in the query. A unit outside the caller's
 * subtree answers 404.
 */
@Named
@ViewScoped
public class TasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressService progress;

    @Inject
    private AccountService accounts;

    @Inject
    private UnitService units;

    private String unit;
    private String q;
    private String status;
    private boolean overdue;
    private String department;
    private String unitName;
    private List<UnitView.DepartmentView> departments = List.of();
    private final Rows rows = new Rows();

    /** The view action: resolves the unit (404 when out of scope) and checks the filters. */
    public void open() throws IOException {
        if (unit == null || unit.isBlank()) {
            unit = accounts.caller().map(CallerView::unitCode).orElse(null);
        }
        try {
            UnitView shown = unit == null ? null : units.unit(unit).orElse(null);
            if (shown == null) {
                throw new RecordNotFoundException();
            }
            unitName = shown.name();
            departments = List.copyOf(shown.departments());
            progress.tasksOf(unit, query(), new PageRequest(1, 1));
        } catch (RecordNotFoundException notVisible) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
            status = null;
        }
    }

    /** Applies the filter bar: the same page with the filters in its URL. */
    public String filter() {
        return "/app/tasks?faces-redirect=true&includeViewParams=true";
    }

    TaskQuery query() {
        return TaskQuery.parse(q, status, overdue ? "true" : null, department, null);
    }

    /** The table's rows: one page per request to the service. */
    public final class Rows extends LazyDataModel<TaskProgressRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, progress.tasksOf(unit, query(), new PageRequest(1, 1)).total());
        }

        @Override
        public List<TaskProgressRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
            var page = progress.tasksOf(unit, query(), new PageRequest(first / size + 1, size));
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(TaskProgressRow row) {
            return Long.toString(row.taskId());
        }
    }

    public Rows getRows() {
        return rows;
    }

    public List<ProgressStatus> getStatuses() {
        return List.of(ProgressStatus.values());
    }

    public List<UnitView.DepartmentView> getDepartments() {
        return departments;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department == null || department.isBlank() ? null : department;
    }
}
