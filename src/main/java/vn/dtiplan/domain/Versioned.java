package vn.dtiplan.domain;

/**
 * The optimistic-concurrency rule for every edit of an existing record: the caller names the
 * {@code @Version} it saw (a form's version, an {@code If-Match}); a record changed since is
 * refused with {@link StaleVersionException} and nothing is stored. No expected version checks
 * nothing (API callers that send none, as before). A change made at the same moment still fails
 * at commit on the entity's {@code @Version}.
 */
public final class Versioned {

    private Versioned() {
    }

    /** Refuses when {@code expected} is given and differs from {@code actual}. */
    public static void require(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new StaleVersionException();
        }
    }
}
