package vn.dtiplan.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.dtiplan.application.AuditService;
import vn.dtiplan.application.AuditView;
import vn.dtiplan.application.plan.PlanDetail;
import vn.dtiplan.domain.audit.RecordType;

/** The history panel of the plan editor: the plan's audit trail, read again whenever the plan is. */
@Named
@ViewScoped
public class PlanHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanView page;

    @Inject
    private AuditService audit;

    private transient List<AuditView> events;
    private transient PlanDetail eventsOf;

    public List<AuditView> getEvents() {
        PlanDetail current = page.getDetail();
        if (current == null) {
            return List.of();
        }
        if (events == null || eventsOf != current) {
            events = audit.history(RecordType.PLAN, String.valueOf(page.getId()));
            eventsOf = current;
        }
        return events;
    }
}
