package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.application.plan.IssuePreview;
import vn.dtiplan.application.plan.LeadSuggestion;
import vn.dtiplan.application.plan.LeadService;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.plan.IssueProblem;
import vn.dtiplan.interfaces.IssueProblemText;

/**
 * The draft plan's checklist before issuing (issue 16): the criteria that lost points in the
 * assessments the plan answers and that no task or reason covers yet, each with a field for
 * the reason it is left this year, and what else is missing (number, date, signer, a task's
 * lead or timeframe). Also the lead suggestions: a task whose lead names no department of the
 * unit shows the closest one, which the official confirms.
 */
@Named
@ViewScoped
public class IssueChecklist implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanView page;

    @Inject
    private PlanService plans;

    @Inject
    private LeadService leads;

    @Inject
    private PlanHeaderForm headerForm;

    private final Map<String, String> reasons = new HashMap<>();
    private Integer year;
    private transient IssuePreview preview;
    private transient Map<Long, LeadSuggestion> suggestions;
    private transient FacesContext readIn;

    /** The preview, read once per request (tasks and header change through other forms of the screen). */
    private IssuePreview preview() {
        fresh();
        if (preview == null && page.getId() != null) {
            preview = plans.previewIssue(page.getId());
        }
        return preview;
    }

    public boolean isShown() {
        return page.isEditable() && !page.isCreating() && preview() != null;
    }

    public List<IssuePreview.Gap> getGaps() {
        return preview() == null ? List.of() : preview().unaddressed();
    }

    /** The problems other than the criteria listed with their reason fields. */
    public List<String> getOthers() {
        if (preview() == null) {
            return List.of();
        }
        return preview().problems().stream().filter(p -> !p.key().equals("plan.check.gap")).map(this::text).toList();
    }

    public boolean isComplete() {
        return preview() != null && preview().problems().isEmpty();
    }

    public String lost(IssuePreview.Gap gap) {
        return Notices.text("plan.checklist.lost", gap.lost());
    }

    public void saveReason(String criterionCode) {
        try {
            plans.leaveUnaddressed(page.getId(), criterionCode, reasons.get(criterionCode));
            planChanged();
            reasons.remove(criterionCode);
            Notices.info("plan.notAddressed.saved", criterionCode);
            refresh();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** The plan as stored now (its version moved at commit), also for the header form. */
    private void planChanged() {
        page.refresh();
        headerForm.adopt();
    }

    /** The years of the unit's assessments the plan does not answer yet. */
    public List<Integer> getYears() {
        if (page.getId() == null || page.getDetail() == null) {
            return List.of();
        }
        List<Integer> answered = page.getDetail().answers().answers().stream().map(a -> a.year()).toList();
        return plans.assessedYears(page.getId()).stream().filter(y -> !answered.contains(y)).toList();
    }

    /** The years the plan answers, "2023, 2024". */
    public String getAnswered() {
        return page.getDetail() == null ? "" : page.getDetail().answers().answers().stream()
                .map(a -> String.valueOf(a.year())).collect(java.util.stream.Collectors.joining(", "));
    }

    public void answer() {
        if (year == null) {
            return;
        }
        try {
            plans.answerAssessment(page.getId(), year);
            planChanged();
            Notices.info("plan.answer.saved", String.valueOf(year));
            year = null;
            refresh();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** The closest department for a task whose lead names none exactly, or null. */
    public LeadSuggestion suggestionFor(long taskId) {
        fresh();
        if (suggestions == null) {
            suggestions = new HashMap<>();
            if (page.getId() != null && (page.isEditable() || page.isAmendable())) {
                leads.leadSuggestions(page.getId()).forEach(s -> suggestions.put(s.taskId(), s));
            }
        }
        return suggestions.get(taskId);
    }

    /** "Gợi ý: Bộ phận Văn hóa - Xã hội". */
    public String suggestionText(long taskId) {
        LeadSuggestion suggestion = suggestionFor(taskId);
        return suggestion == null ? "" : Notices.text("lead.suggest", suggestion.department());
    }

    public void confirmLead(long taskId) {
        LeadSuggestion suggestion = suggestionFor(taskId);
        if (suggestion == null) {
            return;
        }
        try {
            leads.confirmLead(taskId, suggestion.department());
            Notices.info("lead.suggest.confirmed", suggestion.department());
            refresh();
            page.refresh();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    private void fresh() {
        if (readIn != FacesContext.getCurrentInstance()) {
            refresh();
            readIn = FacesContext.getCurrentInstance();
        }
    }

    /** Reads the plan's state again after a change elsewhere on the screen. */
    public void refresh() {
        preview = null;
        suggestions = null;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    private String text(IssueProblem problem) {
        return IssueProblemText.of(FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem);
    }
}
