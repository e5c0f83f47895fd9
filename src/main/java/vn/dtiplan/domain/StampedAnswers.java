package vn.dtiplan.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers computed from the database, kept per key and given again only while nothing could have
 * changed them: an answer counts as current if the {@link ChangeStamp} read before it was computed
 * equals the stamp of the transaction asking now. Any write that ended in between (on this instance
 * or another) changes the stamp, so an answer is never older than the last acknowledged write; a
 * province with many writes recomputes more often, never serves less than the database says.
 *
 * <p>A transaction that has written gets no stamp: it neither takes a kept answer (it would miss its own
 * writes) nor keeps one (it could hold writes that are then rolled back, and others would read them first).
 *
 * <p>The key must hold everything else the answer depends on: the caller's scope, the day. Bounded:
 * at most {@code max} keys, the least recently used out. A computation that throws keeps nothing.
 * Two callers that miss at once both compute; the later one's answer is kept.
 *
 * @param <K> what the answer is of
 * @param <V> the answer, immutable
 */
public final class StampedAnswers<K, V> {

    private record Kept<V>(Object stamp, V answer) {
    }

    private final Map<K, Kept<V>> kept;

    public StampedAnswers(int max) {
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > max;
            }
        };
    }

    /**
     * The answer kept for {@code key} under the current stamp, or the one {@code compute} gives (then kept);
     * in a transaction that has written, always {@code compute}'s, and nothing is kept.
     */
    public V get(K key, ChangeStamp stamps, Supplier<V> compute) {
        Optional<Object> stamp = stamps.current();
        if (stamp.isEmpty()) {
            return compute.get();
        }
        Kept<V> found;
        synchronized (kept) {
            found = kept.get(key);
        }
        if (found != null && found.stamp().equals(stamp.get())) {
            return found.answer();
        }
        V answer = compute.get();
        synchronized (kept) {
            kept.put(key, new Kept<>(stamp.get(), answer));
        }
        return answer;
    }

    /** How many answers are kept (stale ones too, until their key is asked again or pushed out). */
    public int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
