package vn.dtiplan.domain.tenancy;

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
 * <p>What a scope may see and do is the rule of {@link Visibility}; on PostgreSQL row-level
 * security reads {@link #databaseSetting()}.
 */
public final class TenantScope {

    private static final String ALL_SETTING = "*";
    private static final TenantScope NONE = new TenantScope(Kind.NONE, null, null);
    private static final TenantScope ALL = new TenantScope(Kind.ALL, null, null);

    private enum Kind { NONE, ALL, SUBTREE }

    private final Kind kind;
    private final Long unitId;
    private final String path;

    private TenantScope(Kind kind, Long unitId, String path) {
        this.kind = kind;
        this.unitId = unitId;
        this.path = path;
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
        return new TenantScope(Kind.SUBTREE, unitId, UnitPath.of(path).value());
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

    /** The value of the PostgreSQL setting {@code app.scope} read by the row-level security policies. */
    public String databaseSetting() {
        return switch (kind) {
            case NONE -> "";
            case ALL -> ALL_SETTING;
            case SUBTREE -> path;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenantScope other && kind == other.kind
                && Objects.equals(unitId, other.unitId) && Objects.equals(path, other.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, unitId, path);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "TenantScope[none]";
            case ALL -> "TenantScope[all]";
            case SUBTREE -> "TenantScope[unit " + unitId + ", path " + path + "]";
        };
    }
}
