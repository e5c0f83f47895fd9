package vn.dtiplan.interfaces;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import javax.transaction.xa.XAException;

/**
 * The one rule for "the database cannot be reached right now, try again in a moment": the API
 * answers it 503 {@code database.unavailable} and the screens a "try again" page (503), both
 * with {@code Retry-After} and no stack trace (docs/architecture.md, "Errors").
 *
 * <p>A failure is an outage when its chain of causes holds
 * <ul>
 * <li>a JDBC exception of SQLSTATE class 08 (connection exception: refused, closed, broken),
 * or one of the JDBC connection exception types;</li>
 * <li>PostgreSQL's 57P01/57P02/57P03 (the server is shutting down, crashed, or not yet
 * accepting connections: a restart) or 53300 (no connection slot left);</li>
 * <li>a refused TCP connection; or</li>
 * <li>the container's connection pool refusing a connection ({@code ResourceException}): it
 * wraps the driver's failure in an exception of its own without a SQLSTATE, and it is also
 * what an exhausted pool throws — both mean "try again"; also when the connection dies while the
 * transaction commits, where the container hands on only its text in an {@code XAException}'s
 * message ({@code jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection …}:
 * the cause is not kept).</li>
 * </ul>
 * The chain is followed through causes, EclipseLink's internal exception (its exceptions are not
 * on the compile path) and a JDBC exception's next exception. Anything else, a constraint or a
 * data error included, is not an outage.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait: a PostgreSQL restart or fail-over takes a few. */
    public static final int RETRY_AFTER_SECONDS = 5;
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final String CONNECTION_CLASS = "08";
    private static final String RESOURCE_EXCEPTIONS = "jakarta.resource.";
    private static final int MAX_DEPTH = 40;

    private DatabaseOutage() {
    }

    /** Whether {@code thrown} means the database could not be reached (see the class comment). */
    public static boolean causedBy(Throwable thrown) {
        return anyInChain(thrown, DatabaseOutage::isOutage);
    }

    /** The innermost cause's class and message, for a one-line log entry instead of a stack trace. */
    public static String summary(Throwable thrown) {
        Throwable root = thrown;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_DEPTH; depth++) {
            root = root.getCause();
        }
        return root.toString();
    }

    /**
     * Whether {@code thrown} or anything in its chain matches: causes, EclipseLink's internal
     * exception and a JDBC exception's next exception, each once (a chain that loops ends).
     */
    public static boolean anyInChain(Throwable thrown, Predicate<Throwable> matches) {
        return anyInChain(thrown, matches, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean anyInChain(Throwable t, Predicate<Throwable> matches, Set<Throwable> seen) {
        if (t == null || seen.size() >= MAX_DEPTH || !seen.add(t)) {
            return false;
        }
        return matches.test(t)
                || anyInChain(t.getCause(), matches, seen)
                || anyInChain(eclipseLinkInternal(t), matches, seen)
                || t instanceof SQLException sql && anyInChain(sql.getNextException(), matches, seen);
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof ConnectException
                || t instanceof jakarta.resource.ResourceException) {
            return true;
        }
        if (t instanceof XAException xa && xa.getMessage() != null && xa.getMessage().startsWith(RESOURCE_EXCEPTIONS)) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith(CONNECTION_CLASS) || UNAVAILABLE_STATES.contains(state);
        }
        return false;
    }

    /** EclipseLink's exceptions keep the JDBC exception as their "internal exception", not always as the cause. */
    private static Throwable eclipseLinkInternal(Throwable t) {
        try {
            Object inner = t.getClass().getMethod("getInternalException").invoke(t);
            return inner instanceof Throwable internal ? internal : null;
        } catch (ReflectiveOperationException | RuntimeException notEclipseLink) {
            return null;
        }
    }
}
