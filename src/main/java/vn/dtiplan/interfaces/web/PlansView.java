package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.application.plan.PlanSummary;

/**
 * The plans of the caller's unit (drafts and issued), newest first as the service orders them.
 * The list is re-read after a failover rather than kept in the session.
 */
@Named
@ViewScoped
public class PlansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private AccountService accounts;

    private CallerUnit unit;
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
}
