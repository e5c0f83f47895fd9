package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.application.plan.IssuePreview;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.interfaces.IssueProblemText;

/**
 * The confirmation before a draft is issued: it first asks the service what issuing would do
 * (how many units receive how many tasks, or which inherited tasks still block it), shows that,
 * and issues on confirmation.
 */
@Named
@ViewScoped
public class IssueDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanView page;

    @Inject
    private PlanService plans;

    private transient IssuePreview preview;

    /** Asks what issuing would do; the confirmation dialog shows it. */
    public void prepare() {
        preview = plans.previewIssue(page.getId());
    }

    public void issue() throws IOException {
        try {
            plans.issue(page.getId());
            Notices.info("plan.issued");
            page.reopen();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
            preview = plans.previewIssue(page.getId());
        }
    }

    /** What keeps the plan from being complete, each in the user's language. */
    public List<String> getProblems() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return preview == null ? List.of() : preview.problems().stream().map(p -> IssueProblemText.of(locale, p)).toList();
    }

    public IssuePreview getPreview() {
        return preview;
    }

    /** "17 units receive 3 tasks (51 in all)", for the confirmation. */
    public String getSummary() {
        if (preview == null) {
            return "";
        }
        return preview.units() == 0 ? Notices.text("plan.issue.confirm.noChildren")
                : Notices.text("plan.issue.confirm", preview.units(), preview.tasks(), preview.copies());
    }
}
