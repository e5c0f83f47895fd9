package vn.dtiplan.domain.account;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where {@link SignInThrottle} keeps its counts, by throttle key. {@link #update} changes one
 * key's failures atomically (the change sees null when there are none), so two instances
 * recording a failure for the same name at once both count.
 */
public interface SignInFailures {

    Optional<SignInThrottle.Failures> find(String key);

    void update(String key, UnaryOperator<SignInThrottle.Failures> change);

    void clear(String key);

    /** Counts in this JVM only: for tests and tools, never for a cluster. */
    static SignInFailures inMemory() {
        Map<String, SignInThrottle.Failures> map = new ConcurrentHashMap<>();
        return new SignInFailures() {
            @Override
            public Optional<SignInThrottle.Failures> find(String key) {
                return Optional.ofNullable(map.get(key));
            }

            @Override
            public void update(String key, UnaryOperator<SignInThrottle.Failures> change) {
                map.compute(key, (k, previous) -> change.apply(previous));
            }

            @Override
            public void clear(String key) {
                map.remove(key);
            }
        };
    }
}
