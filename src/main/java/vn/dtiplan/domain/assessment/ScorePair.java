package vn.dtiplan.domain.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import vn.dtiplan.domain.framework.Points;

/** A self-assessed and an appraised value of one pillar or criterion; the appraised one counts. */
@Embeddable
public class ScorePair {

    @Column(name = "self_score", precision = 9, scale = 4)
    private BigDecimal selfAssessed;

    @Column(name = "appraised_score", precision = 9, scale = 4)
    private BigDecimal appraised;

    public BigDecimal get(ScoreSide side) {
        return side == ScoreSide.SELF ? getSelfAssessed() : getAppraised();
    }

    void set(ScoreSide side, BigDecimal value) {
        if (side == ScoreSide.SELF) {
            selfAssessed = value;
        } else {
            appraised = value;
        }
    }

    /** The value that counts: the appraised one if any, else the self-assessed one, else null. */
    public BigDecimal effective() {
        return appraised != null ? getAppraised() : getSelfAssessed();
    }

    public boolean isEmpty() {
        return selfAssessed == null && appraised == null;
    }

    public BigDecimal getSelfAssessed() {
        return Points.plain(selfAssessed);
    }

    public BigDecimal getAppraised() {
        return Points.plain(appraised);
    }
}
