package vn.dtiplan.interfaces.web;

/**
 * Colours of heat-map cells: five steps from best (0) to worst (4) of a column's values, so a
 * city sees at a glance which wards lag on which figure. The step is the value's place between the
 * column's lowest and highest, not an absolute threshold: what counts is the ward against its
 * siblings. A column whose values are all equal is all best; a missing value has no colour (−1).
 */
final class HeatMap {

    static final int STEPS = 5;

    private HeatMap() {
    }

    static int step(Double value, double min, double max, boolean higherIsBetter) {
        if (value == null) {
            return -1;
        }
        if (max <= min) {
            return 0;
        }
        double share = (value - min) / (max - min);
        double badness = higherIsBetter ? 1 - share : share;
        return (int) Math.min(STEPS - 1, Math.floor(badness * STEPS));
    }
}
