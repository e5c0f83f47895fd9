package vn.dtiplan.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dtiplan.application.plan.CriterionOption;
import vn.dtiplan.application.plan.TaskView;
import vn.dtiplan.domain.plan.MeasurableTarget;
import vn.dtiplan.domain.plan.TargetDirection;
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
    private String indicator;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal value;
    private TargetDirection direction = TargetDirection.AT_LEAST;

    TaskContent toContent(Optional<CriterionOption> criterion) {
        return new TaskContent(blankToNull(criterionCode), criterion.map(CriterionOption::title).orElse(null),
                criterion.map(CriterionOption::pointsAtStake).orElse(null), solution, lead, coordinatingList(),
                blankToNull(target), blankToNull(evidence), timeframe, due, cascade, List.of(), measurable());
    }

    /** The measurable target typed, or none when neither an indicator nor a value was. */
    private MeasurableTarget measurable() {
        return blankToNull(indicator) == null && value == null ? null
                : new MeasurableTarget(indicator, unit, baseline, value, direction);
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
        if (t.measurable() != null) {
            f.indicator = t.measurable().indicator();
            f.unit = t.measurable().unit();
            f.baseline = t.measurable().baseline();
            f.value = t.measurable().value();
            f.direction = t.measurable().direction();
        }
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
                newCriterion ? criterion.map(CriterionOption::pointsAtStake).orElse(null) : null,
                Objects.equals(measurable(), before.measurable()) ? null : measurable());
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
    public String getIndicator() { return indicator; }
    public void setIndicator(String v) { indicator = v; }
    public String getUnit() { return unit; }
    public void setUnit(String v) { unit = v; }
    public BigDecimal getBaseline() { return baseline; }
    public void setBaseline(BigDecimal v) { baseline = v; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal v) { value = v; }
    public TargetDirection getDirection() { return direction; }
    public void setDirection(TargetDirection v) { direction = v; }
    public TargetDirection[] getDirections() { return TargetDirection.values(); }
    public boolean isCascade() { return cascade; }
    public void setCascade(boolean v) { cascade = v; }
}
