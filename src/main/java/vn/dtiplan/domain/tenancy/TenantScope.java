package vn.dtiplan.domain.tenancy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller may see, resolved once per request from the signed-in user and never changed.
 *
 * <p>Units form a tree; each unit carries a materialised path of ids ({@code "1.5.23"}).
 * A scope is either a subtree (the user's unit and everything below it), the whole tree
 * ({@link #system()} when the system itself acts, {@link #administrator()} for the system
 * administrator), or nothing. Nothing is the default: an unknown user, a user without a unit,
 * or a missing scope sees no tenant-owned row.
 *
 * <p>After a reorganisation a subtree scope also covers the subtrees of its units'
 * predecessors ({@link #roots()}): the successor's users, and everyone above them, keep reading
 * what the closed units did under their old names. The scope's own unit stays the first root and
 * the only one it acts for ({@link Visibility#owns}).
 *
 * <p>What a scope may see and do is the rule of {@link Visibility}; on PostgreSQL row-level
 * security reads {@link #databaseSetting()} (the roots, comma-separated, own unit first).
 */
public final class TenantScope {

    private static final String ALL_SETTING = "*";
    private static final String ROOT_SEPARATOR = ",";
    private static final TenantScope NONE = new TenantScope(Kind.NONE, null, null, List.of());
    private static final TenantScope ALL = new TenantScope(Kind.ALL, null, null, List.of());

    private enum Kind { NONE, ALL, SUBTREE }

    private final Kind kind;
    private final Long unitId;
    private final String path;
    private final List<String> predecessorRoots;

    private TenantScope(Kind kind, Long unitId, String path, List<String> predecessorRoots) {
        this.kind = kind;
        this.unitId = unitId;
        this.path = path;
        this.predecessorRoots = predecessorRoots;
    }

    public static TenantScope none() {
        return NONE;
    }

    /**
     * The whole tree, for work no person asked for: bootstrap, demo data, scheduled sweeps.
     * Never for a request (a caller's scope comes from their account).
     */
    public static TenantScope system() {
        return ALL;
    }

    /** The whole tree, for the signed-in system administrator (the same reach as {@link #system()}). */
    public static TenantScope administrator() {
        return ALL;
    }

    public static TenantScope subtree(long unitId, String path) {
        return new TenantScope(Kind.SUBTREE, unitId, UnitPath.of(path).value(), List.of());
    }

    /**
     * The unit's subtree and the subtrees of the predecessors of units in it (closed by a
     * reorganisation); a predecessor root already inside another root is left out.
     */
    public static TenantScope subtree(long unitId, String path, Collection<String> predecessorPaths) {
        UnitPath own = UnitPath.of(path);
        List<UnitPath> candidates = predecessorPaths.stream().map(UnitPath::of).distinct().sorted(
                Comparator.comparingInt(UnitPath::depth).thenComparing(UnitPath::value)).toList();
        List<UnitPath> kept = new ArrayList<>(List.of(own));
        for (UnitPath candidate : candidates) {
            if (kept.stream().noneMatch(root -> candidate.isWithin(root))) {
                kept.add(candidate);
            }
        }
        return new TenantScope(Kind.SUBTREE, unitId, own.value(),
                kept.subList(1, kept.size()).stream().map(UnitPath::value).toList());
    }

    /** Reads {@link #databaseSetting()} back (test probes): {@code "*"}, or the roots, own unit first. */
    public static TenantScope fromSetting(long unitId, String setting) {
        if (ALL_SETTING.equals(setting)) {
            return ALL;
        }
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        List<String> roots = List.of(setting.split(ROOT_SEPARATOR));
        return subtree(unitId, roots.get(0), roots.subList(1, roots.size()));
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    public boolean isAll() {
        return kind == Kind.ALL;
    }

    /** The unit at the top of the subtree; empty for the whole tree and {@link #none()}. */
    public Optional<Long> unitId() {
        return Optional.ofNullable(unitId);
    }

    /** {@link Visibility#covers}: whether a unit with the given path lies in this scope. */
    public boolean covers(String unitPath) {
        return Visibility.covers(this, unitPath);
    }

    /** {@link Visibility#isAncestor}: whether the unit is above this scope's unit (so its name may be shown). */
    public boolean isBelow(String ancestorPath) {
        return Visibility.isAncestor(this, ancestorPath);
    }

    /** The exact path for JPQL ({@code u.path = :path}); empty when the scope is not a subtree. */
    public String path() {
        return path == null ? "" : path;
    }

    /** The subtree roots of a subtree scope, its own unit's path first; empty otherwise. */
    public List<String> roots() {
        if (kind != Kind.SUBTREE) {
            return List.of();
        }
        List<String> roots = new ArrayList<>(List.of(path));
        roots.addAll(predecessorRoots);
        return List.copyOf(roots);
    }

    /** The roots of predecessors' subtrees this scope covers besides its own (empty for most). */
    public List<String> predecessorRoots() {
        return predecessorRoots;
    }

    /** The value of the PostgreSQL setting {@code app.scope} read by the row-level security policies. */
    public String databaseSetting() {
        return switch (kind) {
            case NONE -> "";
            case ALL -> ALL_SETTING;
            case SUBTREE -> String.join(ROOT_SEPARATOR, roots());
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenantScope other && kind == other.kind
                && Objects.equals(unitId, other.unitId) && Objects.equals(path, other.path)
                && predecessorRoots.equals(other.predecessorRoots);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, unitId, path, predecessorRoots);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "TenantScope[none]";
            case ALL -> "TenantScope[all]";
            case SUBTREE -> "TenantScope[unit " + unitId + ", path " + path
                    + (predecessorRoots.isEmpty() ? "" : ", predecessors " + predecessorRoots) + "]";
        };
    }
}
