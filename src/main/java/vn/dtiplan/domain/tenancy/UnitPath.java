package vn.dtiplan.domain.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The materialised path of an administrative unit in the tree: the ids from the root down to the
 * unit, separated by dots ({@code "1.5.23"} = province 1 → city 5 → ward 23). A reorganisation
 * closes units and opens new ones, so a record keeps the path of its unit; only a plain move of a
 * unit to another parent rewrites the paths of its subtree and its records (in one transaction).
 *
 * <p>Every prefix test goes through the separator, so {@code "1.5"} is never an ancestor of
 * {@code "1.55"}. The text form is what the database stores and what the row-level security
 * policies compare.
 */
public record UnitPath(String value) {

    private static final char SEPARATOR = '.';

    public UnitPath {
        if (value == null || value.isBlank() || value.charAt(0) == SEPARATOR
                || value.charAt(value.length() - 1) == SEPARATOR || value.contains("..")) {
            throw new IllegalArgumentException("invalid unit path: " + value);
        }
    }

    public static UnitPath of(String value) {
        return new UnitPath(value);
    }

    /** The number of units from the root down to this one (a root: 1). */
    public int depth() {
        int depth = 1;
        for (int i = value.indexOf(SEPARATOR); i >= 0; i = value.indexOf(SEPARATOR, i + 1)) {
            depth++;
        }
        return depth;
    }

    /** The path of the child unit with this id. */
    public UnitPath child(long id) {
        return new UnitPath(value + SEPARATOR + id);
    }

    /** The unit above; empty for a root. */
    public Optional<UnitPath> parent() {
        int last = value.lastIndexOf(SEPARATOR);
        return last < 0 ? Optional.empty() : Optional.of(new UnitPath(value.substring(0, last)));
    }

    /** Every unit above, from the root down ({@code "1.5.23"} → {@code ["1", "1.5"]}). */
    public List<UnitPath> ancestors() {
        List<UnitPath> result = new ArrayList<>();
        for (int dot = value.indexOf(SEPARATOR); dot > 0; dot = value.indexOf(SEPARATOR, dot + 1)) {
            result.add(new UnitPath(value.substring(0, dot)));
        }
        return result;
    }

    /** Whether this unit lies strictly below {@code ancestor}. */
    public boolean isBelow(UnitPath ancestor) {
        return value.length() > ancestor.value.length() && value.charAt(ancestor.value.length()) == SEPARATOR
                && value.startsWith(ancestor.value);
    }

    /** Whether this unit is {@code top} or lies below it (the subtree of {@code top}). */
    public boolean isWithin(UnitPath top) {
        return equals(top) || isBelow(top);
    }

    /** Whether a stored path text lies strictly below this unit; false for null. */
    public boolean isAbove(String path) {
        return path != null && path.length() > value.length() && path.charAt(value.length()) == SEPARATOR
                && path.startsWith(value);
    }

    /** Whether a stored path text is this unit or lies below it; false for null. */
    public boolean contains(String path) {
        return value.equals(path) || isAbove(path);
    }

    /** The LIKE pattern of every unit strictly below ({@code "1.5.%"}). */
    public String descendantsPattern() {
        return value + SEPARATOR + '%';
    }

    /** The LIKE pattern of every unit at least two levels below ({@code "1.5.%.%"}): not the children. */
    public String grandchildrenPattern() {
        return deeperThanPattern(1);
    }

    /** The LIKE pattern of every unit more than {@code levels} levels below ({@code "1.5.%.%.%"} for two). */
    public String deeperThanPattern(int levels) {
        return descendantsPattern() + (SEPARATOR + "%").repeat(levels);
    }

    @Override
    public String toString() {
        return value;
    }
}
