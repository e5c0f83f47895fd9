package vn.dtiplan.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.application.plan.TaskView;

/**
 * The plan editor's Excel import: an uploaded task table (the appendix layout) added at the end of
 * the draft, or the refusal's problems listed one per line with sheet, row and column (nothing added).
 */
@Named
@ViewScoped
public class TaskImportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanView page;

    @Inject
    private PlanService plans;

    private transient Part file;
    private List<String> problems = List.of();

    public void upload() {
        WorkbookUpload.Outcome<List<TaskView>> outcome = WorkbookUpload.run(file,
                xlsx -> plans.importTasks(page.getId(), xlsx));
        problems = outcome.problems();
        if (outcome.result() != null) {
            page.refresh();
            Notices.info("planImport.done", outcome.result().size());
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<String> getProblems() {
        return problems;
    }
}
