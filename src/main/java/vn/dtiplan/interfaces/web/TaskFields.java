package vn.dtiplan.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dtiplan.application.plan.CriterionOption;
import vn.dtiplan.application.plan.TaskView;
import vn.dtiplan.domain.plan.TaskChanges;
import vn.dtiplan.domain.plan.TaskContent;

/** A task as the add form or the edit dialog of {@link TaskEditor} edits it. */
public final class TaskFields implements Serializable {
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

    static TaskFields of(TaskView t) {
        TaskFields f = new TaskFields();
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
    TaskChanges changesFrom(TaskFields before, Optional<CriterionOption> criterion, boolean draft) {
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

    List<String> coordinatingList() {
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
