package vn.dtiplan.domain.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One sheet: rows of cells, row 1 first. A cell is text ({@link String}), a figure
 * ({@link BigDecimal}) or empty (null). Read sheets hold text only (figures as plain digits);
 * {@code widths} (characters per column) and {@code boldRows} (1-based) only matter when writing.
 */
public record Grid(String name, List<List<Object>> rows, List<Integer> widths, Set<Integer> boldRows) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    public Grid {
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        widths = List.copyOf(widths);
        boldRows = Set.copyOf(boldRows);
    }

    /** A sheet as read: text cells only, no layout. */
    public static Grid read(String name, List<List<Object>> rows) {
        return new Grid(name, rows, List.of(), Set.of());
    }

    /**
     * The sheet of this name (case and spacing ignored), else the only sheet; refused when
     * neither exists.
     */
    public static Grid pick(List<Grid> sheets, String name) {
        String key = vn.dtiplan.domain.framework.Names.key(name);
        return sheets.stream().filter(g -> vn.dtiplan.domain.framework.Names.key(g.name()).equals(key)).findFirst()
                .or(() -> sheets.size() == 1 ? Optional.of(sheets.get(0)) : Optional.empty())
                .orElseThrow(() -> new ImportRefusedException(List.of(
                        new ImportProblem(null, 0, null, "import.sheet.missing", List.of(name)))));
    }

    /** The number of the last row (0 when empty). */
    public int lastRow() {
        return rows.size();
    }

    /** The stripped text of a cell (row from 1, column from 0); "" when empty or absent. */
    public String text(int row, int column) {
        if (row < 1 || row > rows.size() || column >= rows.get(row - 1).size()) {
            return "";
        }
        Object value = rows.get(row - 1).get(column);
        return value == null ? "" : value.toString().replace('\u00a0', ' ').strip();
    }

    public boolean blank(int row) {
        if (row < 1 || row > rows.size()) {
            return true;
        }
        for (int c = 0; c < rows.get(row - 1).size(); c++) {
            if (!text(row, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The number of cells of the widest row. */
    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The Excel name of a column: 0 → A, 25 → Z, 26 → AA. */
    public static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            name.insert(0, (char) ('A' + i % 26));
        }
        return name.toString();
    }

    /**
     * A figure as people type it: digits with a dot or a comma as the decimal separator
     * ("38,605" = "38.605"), spaces ignored; empty when the text is not a number.
     */
    public static Optional<BigDecimal> number(String text) {
        String compact = text == null ? "" : text.replace('\u00a0', ' ').replace(" ", "");
        if (compact.indexOf(',') >= 0 && compact.indexOf('.') < 0) {
            compact = compact.replace(',', '.');
        }
        return NUMBER.matcher(compact).matches() ? Optional.of(new BigDecimal(compact)) : Optional.empty();
    }
}
