package vn.dtiplan.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.application.plan.CriterionCatalog;
import vn.dtiplan.application.plan.CriterionOption;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.domain.VietnamTime;

/**
 * The criterion picker of the task forms ({@code WEB-INF/includes/criterion-picker.xhtml}): the
 * criteria of the plan unit's framework for the plan's year (see {@link CriterionCatalog}) with
 * the points the unit lost on each; a unit with no framework types a code.
 */
@Named
@ViewScoped
public class CriterionPicker implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TITLE_LENGTH = 90;

    @Inject
    private PlanView page;

    @Inject
    private CriterionCatalog criteria;

    @Inject
    private VietnamTime time;

    private transient List<CriterionOption> options;

    /** The criteria a task of this plan may target (empty: the unit has no framework; a code is typed). */
    public List<CriterionOption> getOptions() {
        if (options == null) {
            String unitCode = page.unitCode();
            PlanDetail detail = page.getDetail();
            int year = detail == null ? time.year() : detail.header().year();
            options = unitCode == null ? List.of() : criteria.forPlan(unitCode, year);
        }
        return options;
    }

    /** The picker's choices: the framework's criteria, and the form's own code when the framework lacks it. */
    public List<CriterionOption> choices(TaskFields form) {
        List<CriterionOption> all = getOptions();
        String code = TaskFields.blankToNull(form.getCriterionCode());
        if (code == null || criterion(code).isPresent()) {
            return all;
        }
        List<CriterionOption> choices = new ArrayList<>(all);
        choices.add(0, new CriterionOption(code, "", "", null, all.get(0).frameworkYear(), 0));
        return choices;
    }

    /** "Tiêu chí của bộ chỉ số năm 2023; trong ngoặc: điểm còn thiếu của đơn vị". */
    public String getHint() {
        return getOptions().isEmpty() ? ""
                : Notices.text("task.criterion.hint", String.valueOf(getOptions().get(0).frameworkYear()));
    }

    /** The framework's criterion of this code, if it has one. */
    Optional<CriterionOption> criterion(String code) {
        return code == null ? Optional.empty()
                : getOptions().stream().filter(o -> o.code().equals(code.strip())).findFirst();
    }

    /** The framework's criterion of this code, or null (the solution library of the picked criterion). */
    public CriterionOption option(String code) {
        return criterion(code).orElse(null);
    }

    /** "6.4 · Triển khai … (−2,395 điểm)": a criterion as the picker lists it. */
    public String label(CriterionOption o) {
        String title = o.title().length() <= TITLE_LENGTH ? o.title() : o.title().substring(0, TITLE_LENGTH - 1) + "…";
        String label = title.isEmpty() ? o.code() : o.code() + " · " + title;
        return o.pointsAtStake() == null ? label : label + " (" + PlanView.points(o.pointsAtStake()) + ")";
    }
}
