package vn.dtiplan.domain.progress;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A unit's tasks counted by the pillar (trụ cột) of the index they aim at: how many, done, overdue.
 *
 * <p>Every pillar of the framework gets a tally, in the framework's order, even with no task (a
 * pillar no task aims at is worth seeing); tasks whose pillar is not known (no criterion, or one the
 * framework does not know) come last under a null pillar, and only when there are such tasks.
 */
public record PillarTally(String pillar, int tasks, int done, int overdue) implements Serializable {

    /** Tasks neither done nor overdue. */
    public int open() {
        return tasks - done - overdue;
    }

    public static <T> List<PillarTally> count(List<String> pillars, Collection<T> tasks, Function<T, String> pillarOf,
                                              Predicate<T> done, Predicate<T> overdue) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        pillars.forEach(p -> counts.put(p, new int[3]));
        for (T task : tasks) {
            String pillar = pillarOf.apply(task);
            int[] c = counts.computeIfAbsent(pillar != null && counts.containsKey(pillar) ? pillar : null, k -> new int[3]);
            c[0]++;
            c[1] += done.test(task) ? 1 : 0;
            c[2] += overdue.test(task) && !done.test(task) ? 1 : 0;
        }
        List<PillarTally> tallies = new ArrayList<>();
        counts.forEach((p, c) -> {
            if (p != null) {
                tallies.add(new PillarTally(p, c[0], c[1], c[2]));
            }
        });
        int[] unknown = counts.get(null);
        if (unknown != null) {
            tallies.add(new PillarTally(null, unknown[0], unknown[1], unknown[2]));
        }
        return tallies;
    }

    public PillarTally {
        if (tasks < 0 || done < 0 || overdue < 0 || done + overdue > tasks) {
            throw new IllegalArgumentException("counts out of range");
        }
    }
}
