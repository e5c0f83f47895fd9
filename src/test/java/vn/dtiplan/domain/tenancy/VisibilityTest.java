package vn.dtiplan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule on a small tree with a prefix twin ({@code 1.2} and {@code 1.25}), and against a
 * transcription of the SQL policies (V2, V21) for every pair of units. The real policies are
 * compared with the JPQL predicates by {@code VisibilityAgreementIT}.
 */
class VisibilityTest {

    private static final List<String> TREE = List.of("1", "1.2", "1.25", "1.3", "1.2.4", "1.2.5", "1.25.6", "1.2.4.7", "8");

    private static TenantScope scope(String path) {
        return TenantScope.subtree(Long.parseLong(path.substring(path.lastIndexOf('.') + 1)), path);
    }

    @Test
    void draftsStayInTheirUnitAndIssuedPlansReachUpAndDown() {
        assertTrue(Visibility.plan(scope("1.2.4"), "1.2.4", true));
        assertFalse(Visibility.plan(scope("1.2"), "1.2.4", true), "a draft below");
        assertFalse(Visibility.plan(scope("1.2.4"), "1.2", true), "a draft above");
        assertTrue(Visibility.plan(scope("1.2"), "1.2.4.7", false));
        assertTrue(Visibility.plan(scope("1.2.4.7"), "1", false), "an issued plan of an ancestor");
        assertFalse(Visibility.plan(scope("1.2.4"), "1.2.5", false), "a sibling's");
        assertFalse(Visibility.plan(scope("1.25"), "1.2", false), "a prefix twin is no ancestor");
        assertFalse(Visibility.plan(TenantScope.none(), "1", false));
        assertTrue(Visibility.plan(TenantScope.system(), "1.2.4", true));
    }

    @Test
    void tasksOfAncestorsReachDownOnlyWhenPublishedAndCascading() {
        assertTrue(Visibility.task(scope("1.2.4"), "1.2.4", false, false));
        assertFalse(Visibility.task(scope("1.2"), "1.2.4", false, true));
        assertTrue(Visibility.task(scope("1.2"), "1.2.4", true, false));
        assertTrue(Visibility.task(scope("1.2.4"), "1.2", true, true));
        assertFalse(Visibility.task(scope("1.2.4"), "1.2", true, false));
        assertFalse(Visibility.task(scope("1.2.4"), "1.2", false, true));
    }

    @Test
    void onlyTheUnitItselfOwnsAndItsParentDecides() {
        assertTrue(Visibility.owns(scope("1.2"), "1.2"));
        assertFalse(Visibility.owns(scope("1"), "1.2"));
        assertFalse(Visibility.owns(TenantScope.none(), ""));
        assertTrue(Visibility.owns(TenantScope.administrator(), "1.2"));
        assertTrue(Visibility.decides(scope("1"), "1.2"));
        assertFalse(Visibility.decides(scope("1"), "1.2.4"));
        assertFalse(Visibility.decides(scope("1.2"), "1.2"));
        assertFalse(Visibility.decides(TenantScope.system(), "1"), "a root has no parent to decide");
        assertTrue(Visibility.decides(TenantScope.system(), "1.2"));
    }

    @Test
    void frameworksReachTheIssuersSubtreeAndEveryUnitBelow() {
        assertTrue(Visibility.framework(scope("1.2.4"), "1"));
        assertTrue(Visibility.framework(scope("1"), "1.2"));
        assertFalse(Visibility.framework(scope("1.25"), "1.2"));
        assertFalse(Visibility.framework(scope("8"), "1"));
    }

    @Test
    void inMemoryRuleEqualsTheSqlPoliciesOnEveryPair() {
        for (String viewer : TREE) {
            TenantScope scope = scope(viewer);
            for (String owner : TREE) {
                String pair = viewer + " sees " + owner;
                assertEquals(sqlCovers(viewer, owner), Visibility.covers(scope, owner), pair);
                assertEquals(sqlAncestor(viewer, owner), Visibility.isAncestor(scope, owner), pair);
                for (boolean released : new boolean[] {false, true}) {
                    assertEquals(sqlPlan(viewer, owner, released), Visibility.plan(scope, owner, !released), pair);
                    for (boolean cascade : new boolean[] {false, true}) {
                        assertEquals(sqlTask(viewer, owner, released, cascade),
                                Visibility.task(scope, owner, released, cascade), pair);
                    }
                }
            }
        }
    }

    @Test
    void jpqlRenderingsNameTheBoundParameters() {
        assertEquals("(:scopeAll = TRUE OR u.path = :scopePath OR u.path LIKE :scopeDescendants)",
                Visibility.coversJpql("u.path"));
        assertEquals("(:scopeAll = TRUE OR p.unitPath = :scopePath OR (p.status <> :draft AND (p.unitPath LIKE"
                        + " :scopeDescendants OR :scopePath LIKE CONCAT(p.unitPath, '.%'))))",
                Visibility.planJpql("p.unitPath", "p.status <> :draft"));
        assertTrue(Visibility.taskJpql("t.unitPath", "t.published = TRUE", "t.cascade = TRUE")
                .contains("(t.cascade = TRUE AND :scopePath LIKE CONCAT(t.unitPath, '.%'))"));
        assertTrue(Visibility.frameworkJpql("f.issuerPath").endsWith(" OR f.issuerPath IN :scopeAncestors)"));
    }

    @Test
    void jpqlParametersOfEachScope() {
        assertEquals(Map.of("scopeAll", false, "scopePath", "1.2", "scopeDescendants", "1.2.%"),
                Visibility.jpqlParameters(scope("1.2")));
        assertEquals(Map.of("scopeAll", true, "scopePath", "", "scopeDescendants", ""),
                Visibility.jpqlParameters(TenantScope.system()));
        assertThrows(IllegalArgumentException.class, () -> Visibility.jpqlParameters(TenantScope.none()));
        assertEquals(List.of("1", "1.2"), Visibility.ancestorPaths(scope("1.2.4")));
        assertEquals(List.of("-"), Visibility.ancestorPaths(scope("1")));
        assertEquals(List.of("-"), Visibility.ancestorPaths(TenantScope.system()));
    }

    // the SQL functions and policies, transcribed: dtiplan_covers, dtiplan_is_ancestor, plan_scope, task_scope

    private static boolean sqlCovers(String scope, String path) {
        return path.equals(scope) || path.startsWith(scope + ".");
    }

    private static boolean sqlAncestor(String scope, String path) {
        return scope.startsWith(path + ".");
    }

    private static boolean sqlPlan(String scope, String path, boolean notDraft) {
        return path.equals(scope) || notDraft && (sqlCovers(scope, path) || sqlAncestor(scope, path));
    }

    private static boolean sqlTask(String scope, String path, boolean published, boolean cascade) {
        return path.equals(scope) || published && (sqlCovers(scope, path) || cascade && sqlAncestor(scope, path));
    }
}
