package vn.dtiplan.interfaces.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.domain.plan.LeadKind;

/**
 * What a screen lets the official choose from (units, accounts), found by typing part of a label (a search
 * field with a drop-down button) instead of a menu listing them all: a province's or the country's thousands
 * of units would make the page megabytes (issue 15, pages that stay small). The search ignores case and
 * Vietnamese diacritics ("phuong 1" finds "Phường 1"); a value is a code or name, shown by its label.
 */
public final class Choices implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many matches are offered at once. */
    static final int SHOWN = 20;

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> searchable = new LinkedHashMap<>();

    private Choices(Map<String, String> labelsByValue) {
        labelsByValue.forEach((value, label) -> {
            labels.put(value, label);
            searchable.put(value, LeadKind.fold(label));
        });
    }

    /** Units by code, each labelled "name (code)", in the list's order. */
    public static Choices ofUnits(List<UnitView> units) {
        Map<String, String> byCode = new LinkedHashMap<>();
        units.forEach(u -> byCode.put(u.code(), u.name() + " (" + u.code() + ")"));
        return new Choices(byCode);
    }

    /** Values with their labels, in the map's order. */
    public static Choices of(Map<String, String> labelsByValue) {
        return new Choices(labelsByValue);
    }

    /** The values of the first {@link #SHOWN} choices whose label contains {@code query} (all when blank). */
    public List<String> complete(String query) {
        String wanted = query == null ? "" : LeadKind.fold(query);
        return searchable.entrySet().stream().filter(e -> e.getValue().contains(wanted)).limit(SHOWN)
                .map(Map.Entry::getKey).toList();
    }

    /** The label of a value offered here; the value itself otherwise, empty for none. */
    public String label(String value) {
        return value == null ? "" : labels.getOrDefault(value, value);
    }

    public boolean contains(String value) {
        return labels.containsKey(value);
    }

    public int size() {
        return labels.size();
    }
}
