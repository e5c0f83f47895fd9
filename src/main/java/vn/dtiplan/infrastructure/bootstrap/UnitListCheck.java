package vn.dtiplan.infrastructure.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * Checks a whole unit list before anything is stored, so a bad file is refused with every
 * problem and its line: a code given twice, a parent that is not in the list, a level that does
 * not fit under its parent's (a ward under a ward).
 */
final class UnitListCheck {

    private UnitListCheck() {
    }

    static List<String> problems(String file, List<UnitCsv.Row> rows) {
        List<String> problems = new ArrayList<>();
        Map<String, UnitCsv.Row> byCode = new HashMap<>();
        for (UnitCsv.Row row : rows) {
            UnitCsv.Row first = byCode.putIfAbsent(row.code(), row);
            if (first != null) {
                problems.add(file + " line " + row.line() + ": code " + row.code() + " already on line " + first.line());
            }
        }
        for (UnitCsv.Row row : rows) {
            UnitCsv.Row parent = row.parentCode().isEmpty() ? null : byCode.get(row.parentCode());
            if (!row.parentCode().isEmpty() && parent == null) {
                problems.add(file + " line " + row.line() + ": parent " + row.parentCode() + " is not in the list");
            } else if (!row.level().fitsUnder(parent == null ? null : parent.level())) {
                problems.add(file + " line " + row.line() + ": a " + row.level() + " cannot stand under "
                        + (parent == null ? "nothing" : "a " + parent.level()));
            }
        }
        return problems;
    }

    /** Whether a level named in a file is one of ours. */
    static boolean isLevel(String name) {
        for (UnitLevel level : UnitLevel.values()) {
            if (level.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
