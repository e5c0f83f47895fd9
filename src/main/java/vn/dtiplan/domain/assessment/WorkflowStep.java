package vn.dtiplan.domain.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step of the workflow: the state reached, who took the step and when. */
@Embeddable
public class WorkflowStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AssessmentStatus status;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "taken_at", nullable = false)
    private Instant at;

    protected WorkflowStep() {
    }

    WorkflowStep(AssessmentStatus status, String actor, Instant at) {
        this.status = status;
        this.actor = actor;
        this.at = at;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }
}
