package vn.dtiplan.domain.tenancy;

import java.util.Objects;

/**
 * What a caller may see, resolved once per request from the signed-in user and never changed.
 *
 * <p>Units form a tree; each unit carries a materialised path of ids ({@code "1.5.23"}).
 * A scope is either a subtree (the user's unit and everything below it), everything
 * (system jobs and the system administrator), or nothing. Nothing is the default: an
 * unknown user, a user without a unit, or a missing scope sees no tenant-owned row.
 *
 * <p>The same rule is enforced twice: repositories filter by {@link #covers(String)}'s JPQL
 * equivalent, and on PostgreSQL row-level security reads {@link #databaseSetting()}.
 * Prefix matching always uses a separator, so {@code "1.5"} never covers {@code "1.55"}.
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

    public static TenantScope all() {
        return ALL;
    }

    public static TenantScope subtree(long unitId, String path) {
        if (path == null || path.isBlank() || path.startsWith(".") || path.endsWith(".")) {
            throw new IllegalArgumentException("invalid unit path: " + path);
        }
        return new TenantScope(Kind.SUBTREE, unitId, path);
    }

    public boolean isNone() {
        return kind == Kind.NONE;
    }

    public boolean isAll() {
        return kind == Kind.ALL;
    }

    /** The unit at the top of the subtree; empty for {@link #all()} and {@link #none()}. */
    public java.util.Optional<Long> unitId() {
        return java.util.Optional.ofNullable(unitId);
    }

    /** Whether a unit with the given path lies in this scope. */
    public boolean covers(String unitPath) {
        return switch (kind) {
            case NONE -> false;
            case ALL -> unitPath != null;
            case SUBTREE -> unitPath != null && (unitPath.equals(path) || unitPath.startsWith(path + "."));
        };
    }

    /** Whether a unit with the given path is an ancestor of this scope's unit (so its name may be shown). */
    public boolean isBelow(String ancestorPath) {
        return kind == Kind.SUBTREE && ancestorPath != null && path.startsWith(ancestorPath + ".");
    }

    /** The exact path for JPQL ({@code u.path = :path}); empty when the scope is not a subtree. */
    public String path() {
        return path == null ? "" : path;
    }

    /** The JPQL LIKE pattern of every strict descendant ({@code u.path LIKE :descendants}). */
    public String descendantsPattern() {
        return path == null ? "" : path + ".%";
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
