package vn.dtiplan.domain.tenancy;

import java.util.List;
import java.util.Map;

/**
 * The tenancy rule of dtiplan, written once: which records a {@link TenantScope} may see and
 * act on, given the {@link UnitPath} of the unit that owns each record.
 *
 * <ul>
 * <li><b>covers</b>: a record lies in a subtree scope when its unit is one of the scope's roots
 * (its own unit, and the predecessors of units in its subtree, see {@link TenantScope#roots()})
 * or below one; the whole-tree scopes (system, administrator) cover every stored unit; none
 * covers nothing.</li>
 * <li><b>ancestor</b>: a unit strictly above one of the scope's roots (its name may be shown; a
 * successor reads the issued plans its predecessors implemented).</li>
 * <li><b>owns</b>: only a unit's own scope (or the whole tree) acts on its records: changes its
 * plans and tasks, reports progress, edits its reports. A unit above sees them and is refused.</li>
 * <li><b>writes</b>: a record is stored, changed or removed only inside the scope's subtree
 * (frameworks: see {@link #framework}, a unit below freezes the framework it reads).</li>
 * <li><b>decides</b>: the unit directly above a record's unit (report approval).</li>
 * <li><b>plan</b>: drafts are seen only by their unit; issued plans by their subtree and, as
 * plans to implement, by every unit below them.</li>
 * <li><b>task</b>: unpublished tasks only by their unit; published tasks by the subtree; published
 * cascading tasks also by the units below.</li>
 * <li><b>unit</b>: a unit is read by its subtree and by every unit below it (a ward shows its
 * city's name); scoped lists show only the covered ones.</li>
 * <li><b>framework</b>: like a unit, for the issuer's path.</li>
 * </ul>
 *
 * <p>Each rule has three renderings: the in-memory checks here (services and aggregates), the
 * JPQL predicates here (repositories bind {@link #jpqlParameters(TenantScope)}), and the
 * PostgreSQL row-level security policies of {@code db/migration/postgresql} (V2, V11, V21),
 * which cannot be generated from Java at migration time. {@code VisibilityAgreementIT} proves the
 * three equal on a generated tree for every pair of viewer and owner unit. A {@code none()}
 * scope must be answered before querying: the JPQL predicates do not handle it.
 */
public final class Visibility {

    /** Named JPQL parameters of the scope, bound from {@link #jpqlParameters(TenantScope)}. */
    public static final String ALL = "scopeAll";
    public static final String PATH = "scopePath";
    public static final String DESCENDANTS = "scopeDescendants";
    /** {@link #ancestorPaths(TenantScope)}: every unit above one of the scope's roots. */
    public static final String ANCESTORS = "scopeAncestors";
    /** Whether the scope covers predecessors' subtrees ({@link #ROOTS} holds them). */
    public static final String MERGED = "scopeMerged";
    /** The predecessors' roots of the scope, or a path no unit has. */
    public static final String ROOTS = "scopeRoots";

    private static final String NO_PATH = "-";

    private Visibility() {
    }

    public static boolean covers(TenantScope scope, String unitPath) {
        if (scope.isAll()) {
            return unitPath != null;
        }
        return !scope.isNone() && scope.roots().stream().anyMatch(root -> UnitPath.of(root).contains(unitPath));
    }

    public static boolean isAncestor(TenantScope scope, String unitPath) {
        return !scope.isAll() && !scope.isNone() && unitPath != null
                && scope.roots().stream().anyMatch(root -> UnitPath.of(unitPath).isAbove(root));
    }

    public static boolean owns(TenantScope scope, String unitPath) {
        return scope.isAll() ? unitPath != null : !scope.isNone() && scope.path().equals(unitPath);
    }

    public static boolean writes(TenantScope scope, String unitPath) {
        return covers(scope, unitPath);
    }

    public static boolean decides(TenantScope scope, String unitPath) {
        return unitPath != null && UnitPath.of(unitPath).parent().filter(parent -> owns(scope, parent.value())).isPresent();
    }

    public static boolean plan(TenantScope scope, String unitPath, boolean draft) {
        return owns(scope, unitPath) || !draft && (covers(scope, unitPath) || isAncestor(scope, unitPath));
    }

    public static boolean task(TenantScope scope, String unitPath, boolean published, boolean cascade) {
        return owns(scope, unitPath)
                || published && (covers(scope, unitPath) || cascade && isAncestor(scope, unitPath));
    }

    public static boolean unit(TenantScope scope, String unitPath) {
        return covers(scope, unitPath) || isAncestor(scope, unitPath);
    }

    public static boolean framework(TenantScope scope, String issuerPath) {
        return unit(scope, issuerPath);
    }

    /**
     * {@link #covers} for the JPQL path expression {@code path}: the scope's own subtree, or (only
     * when {@link #MERGED}) a stored unit among the predecessors' roots with the path at or below it.
     */
    public static String coversJpql(String path) {
        String root = "scopeRoot" + path.replaceAll("[^A-Za-z]", "");
        return "(:" + ALL + " = TRUE OR " + path + " = :" + PATH + " OR " + path + " LIKE :" + DESCENDANTS
                + " OR (:" + MERGED + " = TRUE AND EXISTS (SELECT " + root + ".id FROM AdministrativeUnit " + root
                + " WHERE " + root + ".path IN :" + ROOTS + " AND (" + path + " = " + root + ".path OR " + path
                + " LIKE CONCAT(" + root + ".path, '.%')))))";
    }

    /** {@link #plan} for the JPQL path expression and a JPQL condition that the plan is no draft. */
    public static String planJpql(String path, String issued) {
        return "(:" + ALL + " = TRUE OR " + path + " = :" + PATH + " OR (" + issued + " AND ("
                + coversJpql(path) + " OR " + ancestorJpql(path) + ")))";
    }

    /** {@link #task} for the JPQL path expression and JPQL conditions for published and cascading. */
    public static String taskJpql(String path, String published, String cascade) {
        return "(:" + ALL + " = TRUE OR " + path + " = :" + PATH + " OR (" + published + " AND ("
                + coversJpql(path) + " OR (" + cascade + " AND " + ancestorJpql(path) + "))))";
    }

    /** {@link #unit} for the JPQL path expression. */
    public static String unitJpql(String path) {
        return "(" + coversJpql(path) + " OR " + ancestorJpql(path) + ")";
    }

    /** {@link #framework} for the JPQL path expression. */
    public static String frameworkJpql(String path) {
        return unitJpql(path);
    }

    private static String ancestorJpql(String path) {
        return path + " IN :" + ANCESTORS;
    }

    /**
     * The values of every scope parameter ({@link #ALL}, {@link #PATH}, {@link #DESCENDANTS},
     * {@link #MERGED}, {@link #ROOTS}, {@link #ANCESTORS}); a query binds those it names.
     * Refuses {@code none()}.
     */
    public static Map<String, Object> jpqlParameters(TenantScope scope) {
        if (scope.isNone()) {
            throw new IllegalArgumentException("a none() scope reads nothing: answer before querying");
        }
        List<String> roots = scope.predecessorRoots();
        return Map.of(ALL, scope.isAll(), PATH, scope.path(),
                DESCENDANTS, scope.isAll() ? "" : UnitPath.of(scope.path()).descendantsPattern(),
                MERGED, !roots.isEmpty(), ROOTS, roots.isEmpty() ? List.of(NO_PATH) : roots,
                ANCESTORS, ancestorPaths(scope));
    }

    /** The value of {@link #ANCESTORS}: every unit above one of the scope's roots, or a path no unit has. */
    public static List<String> ancestorPaths(TenantScope scope) {
        List<String> paths = scope.roots().stream().flatMap(root -> UnitPath.of(root).ancestors().stream())
                .map(UnitPath::value).distinct().toList();
        return paths.isEmpty() ? List.of(NO_PATH) : paths;
    }
}
