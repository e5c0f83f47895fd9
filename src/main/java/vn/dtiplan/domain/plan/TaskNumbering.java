package vn.dtiplan.domain.plan;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * The number a plan prints before each task ("1.", "2." … in the task table, the document and
 * its appendix): its position in the plan, 1 to n, with no number repeated or skipped.
 *
 * <p>The stored ordinal only orders: an inherited task keeps its parent's ordinal (so a ward's
 * own task 1 and the city's task 1 share it) and a removed task leaves a gap. The plan's order is
 * ordinal, then id (the order the repository reads tasks in); the number is the place in that order.
 */
public final class TaskNumbering {

    private TaskNumbering() {
    }

    /** {@code tasks} in plan order, each paired with its number. */
    public static <T> List<Numbered<T>> number(List<T> tasks, ToIntFunction<T> ordinal, ToLongFunction<T> id) {
        List<T> ordered = tasks.stream().sorted(Comparator.comparingInt(ordinal).thenComparingLong(id)).toList();
        return IntStream.range(0, ordered.size()).mapToObj(i -> new Numbered<>(i + 1, ordered.get(i))).toList();
    }

    /** A task and the number the plan shows for it. */
    public record Numbered<T>(int number, T task) {
    }
}
