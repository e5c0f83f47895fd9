package vn.dtiplan.application.progress;

import jakarta.annotation.security.RolesAllowed;
import vn.dtiplan.domain.account.Roles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.assessment.AssessmentRepository;

/**
 * The command that recomputes every assessment's kept results (its total and pillar scores,
 * {@link vn.dtiplan.domain.assessment.Assessment#keepResults()}) from its scores: after an upgrade that
 * added them (assessments stored before are computed from their scores on each board until then), a
 * repair by hand in the database, or a change of the scorecard's rule. The system administrator's,
 * under the administrator's whole-tree scope; normal work never needs it, as every change of a score
 * keeps the figures in the same transaction.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class KeptResultsService {

    /** How many assessments were recomputed. */
    public record Recompute(long assessments) {
    }

    @Inject
    private Tenancy tenancy;

    @Inject
    private AssessmentRepository assessments;

    public Recompute recomputeAll() {
        return new Recompute(assessments.keepAllResults(tenancy.current()));
    }
}
