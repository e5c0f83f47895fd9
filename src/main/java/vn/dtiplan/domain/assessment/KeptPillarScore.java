package vn.dtiplan.domain.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.dtiplan.domain.framework.Pillar;

/**
 * A pillar's score as its assessment keeps it ({@link Assessment#keepResults()}): given or derived, never
 * null. A row of its own (as {@link PillarScore}), updated in place when the score moves.
 */
@Entity
@Table(name = "assessment_kept_pillar")
public class KeptPillarScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pillar_id", nullable = false)
    private Pillar pillar;

    @Column(name = "score", nullable = false, precision = 9, scale = 4)
    private BigDecimal score;

    protected KeptPillarScore() {
    }

    KeptPillarScore(Assessment assessment, Pillar pillar, BigDecimal score) {
        this.assessment = assessment;
        this.pillar = pillar;
        this.score = score;
    }

    public Pillar getPillar() {
        return pillar;
    }

    public BigDecimal getScore() {
        return score;
    }

    /** Sets the score unless it is the same number (a row left as it was is not rewritten). */
    void keep(BigDecimal value) {
        if (score.compareTo(value) != 0) {
            score = value;
        }
    }
}
