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
import vn.dtiplan.domain.framework.Pillar;

/** The scores of one pillar in an assessment. */
@Entity
@Table(name = "assessment_pillar_score")
public class PillarScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pillar_id", nullable = false)
    private Pillar pillar;

    @Embedded
    private ScorePair score = new ScorePair();

    protected PillarScore() {
    }

    PillarScore(Assessment assessment, Pillar pillar) {
        this.assessment = assessment;
        this.pillar = pillar;
    }

    public Pillar getPillar() {
        return pillar;
    }

    public ScorePair getScore() {
        return score;
    }
}
