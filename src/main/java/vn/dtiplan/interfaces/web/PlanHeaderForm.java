package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.application.plan.AdoptionService;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.application.plan.PlanDraft;
import vn.dtiplan.application.plan.PlanService;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.plan.InheritanceState;

/**
 * The header of the plan editor: the form that creates a draft or saves its header, and the
 * read-only summary of an issued plan, both from the same fields. A new plan may implement an
 * issued parent plan whose tasks reached the caller's unit. The form keeps the plan's version it
 * was filled from: a plan changed elsewhere since is not overwritten ({@code precondition.failed},
 * reload); the page's own changes to the plan (answers, reasons) move that version on.
 */
@Named
@ViewScoped
public class PlanHeaderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanView page;

    @Inject
    private PlanService plans;

    @Inject
    private AdoptionService adoption;

    @Inject
    private VietnamTime time;

    private final PlanHeaderFields header = new PlanHeaderFields();

    /** The plan's version the fields were filled from; a save of a plan changed since is refused. */
    private Long version;

    /** Starts from the plan shown (a new draft: empty, for this year in Vietnam). */
    @PostConstruct
    void init() {
        header.setYear(time.year());
        PlanDetail detail = page.getDetail();
        if (detail != null) {
            header.fill(detail.header(), detail.plan().implementsPlanId());
            version = detail.plan().version();
        }
    }

    public void save() throws IOException {
        try {
            if (page.isCreating()) {
                PlanDetail created = plans.createDraft(new PlanDraft(page.caller().code(), header.toHeader(),
                        header.getImplementsPlanId(), List.of()));
                page.setId(created.plan().id());
                Notices.info("plan.saved");
                page.reopen();
                return;
            }
            plans.updateDraft(page.getId(), header.toHeader(), version);
            page.refresh();
            adopt();
            Notices.info("plan.saved");
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** Issued parent plans whose tasks reached the caller's unit: what a new plan may implement. */
    public Map<Long, String> getParentPlanOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        CallerUnit caller = page.caller();
        if (caller.present()) {
            adoption.inherited(caller.code(), EnumSet.allOf(InheritanceState.class)).stream()
                    .filter(t -> t.sourcePlanId() != null)
                    .forEach(t -> options.putIfAbsent(t.sourcePlanId(), t.sourcePlanNumber()));
        }
        return options;
    }

    /**
     * The form goes on from the plan's version as stored now, after its own save or the page's own
     * change to the plan (answers, reasons): a version moves only at commit, so it is read again.
     */
    void adopt() {
        PlanDetail stored = page.getDetail();
        version = stored == null ? null : stored.plan().version();
    }

    public PlanHeaderFields getHeader() {
        return header;
    }
}
