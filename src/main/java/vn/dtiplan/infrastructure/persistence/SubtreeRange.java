package vn.dtiplan.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import org.eclipse.persistence.sessions.Session;

/**
 * A unit's subtree as a byte range of the path, for PostgreSQL's row-level security: a policy is evaluated
 * before every predicate that is not leak-proof, and {@code LIKE} is not, so {@code unit_path like 'p.%'}
 * under a policy reads and checks every row of the table (the kept roll-up of a province: all of
 * {@code task_count}, 48,000 rows at national scale, 60 ms). The pattern operators {@code ~>=~} and
 * {@code ~<~} are leak-proof and byte-ordered whatever the collation, so {@code path ~>=~ 'p' and path ~<~ 'p/'}
 * (a superset of {@code path = 'p' or path like 'p.%'}: {@code '.'} sorts just before {@code '/'}) runs first,
 * on a {@code varchar_pattern_ops} index (V62, V90), and only the subtree's rows meet the policy. The query keeps
 * its exact predicate beside it; H2 has neither the operators nor row-level security and goes without.
 * JPQL has no such operator: EclipseLink's {@code SQL('…', args)} extension carries it into the statement.
 */
final class SubtreeRange {

    private static final String FROM = "subtreeFrom";
    private static final String UNTIL = "subtreeUntil";

    private SubtreeRange() {
    }

    /** Whether the range predicate applies (PostgreSQL). */
    static boolean applies(EntityManager em) {
        return em.unwrap(Session.class).getPlatform().isPostgreSQL();
    }

    /** The range on the JPQL path expression, with the parameters {@link #bind} binds. */
    static String jpql(String pathExpression) {
        return "SQL('? ~>=~ ?', " + pathExpression + ", :" + FROM + ") and SQL('? ~<~ ?', " + pathExpression
                + ", :" + UNTIL + ")";
    }

    /** The range on a column of a native query, with the positional parameters {@code from} and {@code from + 1}. */
    static String sql(String column, int from) {
        return column + " ~>=~ ?" + from + " and " + column + " ~<~ ?" + (from + 1);
    }

    /** Binds the bounds of {@link #jpql} for the subtree of {@code path}, if the query names them. */
    static <Q extends Query> Q bind(Q query, String path) {
        if (query.getParameters().stream().map(Parameter::getName).anyMatch(FROM::equals)) {
            query.setParameter(FROM, from(path)).setParameter(UNTIL, until(path));
        }
        return query;
    }

    /** Binds the bounds of {@link #sql} for the subtree of {@code path}. */
    static <Q extends Query> Q bind(Q query, int from, String path) {
        query.setParameter(from, from(path)).setParameter(from + 1, until(path));
        return query;
    }

    /** The range's lower bound (inclusive): the path itself. */
    static String from(String path) {
        return path;
    }

    /** The range's upper bound (exclusive): every descendant's path sorts below it. */
    static String until(String path) {
        return path + "/";
    }
}
