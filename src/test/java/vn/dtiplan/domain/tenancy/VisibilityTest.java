package vn.dtiplan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
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
        List<TenantScope> scopes = new ArrayList<>(TREE.stream().map(VisibilityTest::scope).toList());
        scopes.add(TenantScope.subtree(8, "8", List.of("1.2.4", "1.25")));
        scopes.add(TenantScope.subtree(5, "1.2.5", List.of("1.2.4")));
        for (TenantScope scope : scopes) {
            String viewer = scope.databaseSetting();
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
        assertEquals("(:scopeAll = TRUE OR u.path = :scopePath OR u.path LIKE :scopeDescendants OR (:scopeMerged = TRUE"
                        + " AND EXISTS (SELECT scopeRootupath.id FROM AdministrativeUnit scopeRootupath WHERE"
                        + " scopeRootupath.path IN :scopeRoots AND (u.path = scopeRootupath.path OR u.path LIKE"
                        + " CONCAT(scopeRootupath.path, '.%')))))",
                Visibility.coversJpql("u.path"));
        assertTrue(Visibility.planJpql("p.unitPath", "p.status <> :draft")
                .startsWith("(:scopeAll = TRUE OR p.unitPath = :scopePath OR (p.status <> :draft AND ("));
        assertTrue(Visibility.planJpql("p.unitPath", "p.status <> :draft").endsWith(" OR p.unitPath IN :scopeAncestors)))"));
        assertTrue(Visibility.taskJpql("t.unitPath", "t.published = TRUE", "t.cascade = TRUE")
                .contains("(t.cascade = TRUE AND t.unitPath IN :scopeAncestors)"));
        assertTrue(Visibility.frameworkJpql("f.issuerPath").endsWith(" OR f.issuerPath IN :scopeAncestors)"));
    }

    @Test
    void aSuccessorsScopeCoversItsPredecessorsSubtreesAndOwnsOnlyItsUnit() {
        TenantScope successor = TenantScope.subtree(9, "8.9", List.of("1.2.4", "1.2.5", "1.2.4.7"));
        assertEquals(List.of("8.9", "1.2.4", "1.2.5"), successor.roots(), "a root inside another is left out");
        assertEquals("8.9,1.2.4,1.2.5", successor.databaseSetting());
        assertEquals(successor, TenantScope.fromSetting(9, successor.databaseSetting()));
        assertTrue(Visibility.covers(successor, "1.2.4.7"));
        assertFalse(Visibility.covers(successor, "1.25.6"));
        assertTrue(Visibility.isAncestor(successor, "1.2"), "the predecessors' city: its issued plans stay readable");
        assertTrue(Visibility.plan(successor, "1.2", false));
        assertFalse(Visibility.plan(successor, "1.2.4", true), "a predecessor's draft is not the successor's");
        assertFalse(Visibility.owns(successor, "1.2.4"));
        assertTrue(Visibility.owns(successor, "8.9"));
        assertEquals(Map.of("scopeAll", false, "scopePath", "8.9", "scopeDescendants", "8.9.%", "scopeMerged", true,
                        "scopeRoots", List.of("1.2.4", "1.2.5"), "scopeAncestors", List.of("8", "1", "1.2")),
                Visibility.jpqlParameters(successor));
    }

    @Test
    void jpqlParametersOfEachScope() {
        assertEquals(Map.of("scopeAll", false, "scopePath", "1.2", "scopeDescendants", "1.2.%", "scopeMerged", false,
                        "scopeRoots", List.of("-"), "scopeAncestors", List.of("1")),
                Visibility.jpqlParameters(scope("1.2")));
        assertEquals(Map.of("scopeAll", true, "scopePath", "", "scopeDescendants", "", "scopeMerged", false,
                        "scopeRoots", List.of("-"), "scopeAncestors", List.of("-")),
                Visibility.jpqlParameters(TenantScope.system()));
        assertThrows(IllegalArgumentException.class, () -> Visibility.jpqlParameters(TenantScope.none()));
        assertEquals(List.of("1", "1.2"), Visibility.ancestorPaths(scope("1.2.4")));
        assertEquals(List.of("-"), Visibility.ancestorPaths(scope("1")));
        assertEquals(List.of("-"), Visibility.ancestorPaths(TenantScope.system()));
    }

    // the SQL functions and policies (V49), transcribed: dtiplan_covers, dtiplan_is_ancestor, dtiplan_owns,
    // plan_scope, task_scope; the setting is the roots, comma-separated, own unit first

    private static boolean sqlCovers(String setting, String path) {
        return Arrays.stream(setting.split(",")).anyMatch(r -> path.equals(r) || path.startsWith(r + "."));
    }

    private static boolean sqlAncestor(String setting, String path) {
        return Arrays.stream(setting.split(",")).anyMatch(r -> r.startsWith(path + "."));
    }

    private static boolean sqlOwns(String setting, String path) {
        return path.equals(setting.split(",")[0]);
    }

    private static boolean sqlPlan(String setting, String path, boolean notDraft) {
        return sqlOwns(setting, path) || notDraft && (sqlCovers(setting, path) || sqlAncestor(setting, path));
    }

    private static boolean sqlTask(String setting, String path, boolean published, boolean cascade) {
        return sqlOwns(setting, path) || published && (sqlCovers(setting, path) || cascade && sqlAncestor(setting, path));
    }
}
