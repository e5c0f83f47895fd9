package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import vn.dtiplan.application.plan.LineageService;

/**
 * The lineage of a task ({@code lineage.xhtml?task=…}): the task, then every copy below it the
 * caller may see, level by level, with unit, state, lead, due date and a due-date conflict.
 */
@Named
@ViewScoped
public class LineageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LineageService lineage;

    private Long task;
    private transient vn.dtiplan.application.plan.LineageView view;

    /** On arrival: a task that does not exist or is not visible answers 404. */
    public void open() throws IOException {
        if (task == null || getLineage() == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public vn.dtiplan.application.plan.LineageView getLineage() {
        if (view == null && task != null) {
            view = lineage.lineage(task).orElse(null);
        }
        return view;
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }
}
