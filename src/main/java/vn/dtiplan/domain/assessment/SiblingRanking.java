package vn.dtiplan.domain.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The computed rank of units among their siblings of the same level. It exists only when every
 * sibling has a total: ranking 12 scored wards out of 17 would put a ward at a place it does not
 * hold. Equal totals share a rank and the next rank is skipped (1, 2, 2, 4), as published tables do.
 */
public final class SiblingRanking {

    private final Map<String, BigDecimal> totals;
    private final boolean complete;
    /** Every total in ascending order, for a rank by binary search (a board ranks each of 168 wards on each pillar). */
    private final BigDecimal[] ascending;

    /** Totals by unit code; a null total means the unit is not scored. */
    public SiblingRanking(Map<String, BigDecimal> totals) {
        this.totals = new HashMap<>(totals);
        this.complete = !this.totals.isEmpty() && !this.totals.containsValue(null);
        this.ascending = complete ? this.totals.values().stream().sorted().toArray(BigDecimal[]::new) : new BigDecimal[0];
    }

    public boolean complete() {
        return complete;
    }

    /** The unit's rank, when every sibling is scored: one more than the number of greater totals. */
    public Optional<Integer> rankOf(String unitCode) {
        BigDecimal own = totals.get(unitCode);
        if (!complete || own == null) {
            return Optional.empty();
        }
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle].compareTo(own) > 0) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return Optional.of(1 + ascending.length - low);
    }

    public int size() {
        return totals.size();
    }
}
