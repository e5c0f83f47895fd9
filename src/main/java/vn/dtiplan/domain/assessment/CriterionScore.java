package vn.dtiplan.domain.assessment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.dtiplan.domain.framework.Criterion;

/** The scores of one criterion in an assessment. */
@Entity
@Table(name = "assessment_criterion_score")
public class CriterionScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "criterion_id", nullable = false)
    private Criterion criterion;

    @Embedded
    private ScorePair score = new ScorePair();

    protected CriterionScore() {
    }

    CriterionScore(Assessment assessment, Criterion criterion) {
        this.assessment = assessment;
        this.criterion = criterion;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public ScorePair getScore() {
        return score;
    }
}
