package vn.dtiplan.application.progress;

import java.io.Serializable;
import java.util.List;
import vn.dtiplan.domain.assessment.PointsAtStake;
import vn.dtiplan.domain.progress.Rollup;

/**
 * A unit's roll-up over itself and everything below it, each child unit's own roll-up, and the
 * unit's current and projected score ({@code score} is null when the unit has no appraised or
 * published assessment the caller may see).
 */
public record UnitProgressView(String unitCode, String unitName, Rollup total, PointsAtStake.Projection score,
        List<Child> children) implements Serializable {

    /** A child unit's roll-up over its subtree. */
    public record Child(String unitCode, String unitName, Rollup total) implements Serializable {
    }
}
