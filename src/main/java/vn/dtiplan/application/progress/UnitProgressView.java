package vn.dtiplan.application.progress;

import java.util.List;
import vn.dtiplan.domain.progress.Rollup;

/** A unit's roll-up over itself and everything below it, and each child unit's own roll-up. */
public record UnitProgressView(String unitCode, String unitName, Rollup total, List<Child> children) {

    /** A child unit's roll-up over its subtree. */
    public record Child(String unitCode, String unitName, Rollup total) {
    }
}
