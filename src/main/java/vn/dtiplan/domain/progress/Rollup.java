package vn.dtiplan.domain.progress;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.dtiplan.domain.tenancy.UnitPath;

/**
 * The counts a dashboard shows for a unit, over the unit and everything below it.
 *
 * <p>{@code tasks} counts every task owned in the subtree (own and inherited);
 * {@code pending}, {@code adopted} and {@code declined} count inherited tasks by adoption
 * state (adapted ones are adopted); {@code done} and {@code overdue} follow the tasks'
 * progress and due dates. Roll-ups are sums, so a parent's figures are always the sum of
 * its own and its children's.
 */
public record Rollup(long tasks, long pending, long adopted, long declined, long done, long overdue) implements Serializable {

    public static final Rollup EMPTY = new Rollup(0, 0, 0, 0, 0, 0);

    /** The sum of the roll-ups of {@code path} and the paths below it, from roll-ups by owning unit path. */
    public static Rollup sumBelow(Map<String, Rollup> byUnitPath, String path) {
        UnitPath top = UnitPath.of(path);
        return byUnitPath.entrySet().stream()
                .filter(e -> top.contains(e.getKey()))
                .map(Map.Entry::getValue).reduce(EMPTY, Rollup::plus);
    }

    /**
     * The subtree roll-up of each of {@code paths} from roll-ups by owning unit path, in one pass over
     * the roll-ups (a unit's entry is added to each listed path that is its own or an ancestor's).
     */
    public static Map<String, Rollup> sumByPrefix(Map<String, Rollup> byUnitPath, Collection<String> paths) {
        Map<String, Rollup> sums = new HashMap<>();
        paths.forEach(p -> sums.put(p, EMPTY));
        for (Map.Entry<String, Rollup> e : byUnitPath.entrySet()) {
            String path = e.getKey();
            for (int cut = path.length(); cut > 0; cut = path.lastIndexOf('.', cut - 1)) {
                sums.computeIfPresent(path.substring(0, cut), (p, sum) -> sum.plus(e.getValue()));
            }
        }
        return sums;
    }

    public Rollup plus(Rollup other) {
        return new Rollup(tasks + other.tasks, pending + other.pending, adopted + other.adopted,
                declined + other.declined, done + other.done, overdue + other.overdue);
    }

    /** Share of tasks done, 0..100, rounded down; 0 when there is no task. */
    public int percentDone() {
        return tasks == 0 ? 0 : (int) (done * 100 / tasks);
    }
}
