package vn.dtiplan.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

/**
 * A unit's subtree as a byte range of the path, for PostgreSQL's row-level security: a policy is evaluated
 * before every predicate that is not leak-proof, and {@code LIKE} is not, so {@code unit_path like 'p.%'}
 * under a policy reads and checks every row of the table (the kept roll-up of a province: all of
 * {@code task_count}, 48,000 rows at national scale, 60 ms). The pattern operators {@code ~>=~} and
 * {@code ~<~} are leak-proof and byte-ordered whatever the collation, so {@code path ~>=~ 'p' and path ~<~ 'p/'}
 * (a superset of {@code path = 'p' or path like 'p.%'}: {@code '.'} sorts just before {@code '/'}) runs first,
 * on a {@code varchar_pattern_ops} index, and only the subtree's rows meet the policy. The query keeps its
 * exact predicate beside it; H2 has neither the operators nor row-level security and goes without.
 */
final class SubtreeRange {

    private SubtreeRange() {
    }

    /** Whether the range predicate applies (PostgreSQL). */
    static boolean applies(EntityManager em) {
        return em.unwrap(Session.class).getPlatform().isPostgreSQL();
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
