package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.application.plan.PlanSummary;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.VietnamTime;

/**
 * The plans of the caller's unit (drafts and issued), newest first as the service orders them.
 * The list is re-read after a failover rather than kept in the session.
 *
 * <p>"Draft from gaps" offers the unit's latest assessed year (last year when it has none, so
 * the refusal says why nothing was drafted) and opens the new draft in the editor.
 */
@Named
@ViewScoped
public class PlansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private AccountService accounts;

    @Inject
    private AssessmentService assessments;

    @Inject
    private VietnamTime time;

    private CallerUnit unit;
    private Integer gapYear;
    private transient List<PlanSummary> list;

    @PostConstruct
    void load() {
        unit = CallerUnit.of(accounts.caller().orElse(null));
    }

    public List<PlanSummary> getList() {
        if (list == null) {
            list = unit.present() ? plans.plansOf(unit.code()) : List.of();
        }
        return list;
    }

    public String getUnitName() {
        return unit.name();
    }

    public boolean isHasUnit() {
        return unit.present();
    }

    public boolean isCanWrite() {
        return unit.planner();
    }

    /** The year whose gaps a new draft is made from: the latest assessed, else last year. */
    public int getGapYear() {
        if (gapYear == null) {
            gapYear = (unit.present() ? assessments.years(unit.code()) : List.<Integer>of()).stream().findFirst()
                    .orElse(time.year() - 1);
        }
        return gapYear;
    }

    public String getFromGapsLabel() {
        return Notices.text("plans.fromGaps", String.valueOf(getGapYear()));
    }

    public void draftFromGaps() throws IOException {
        try {
            PlanDetail draft = plans.draftFromGaps(unit.code(), getGapYear());
            Notices.info("plan.gaps.drafted", draft.tasks().size(), String.valueOf(getGapYear()));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/app/plan.xhtml?id=" + draft.plan().id());
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }
}
