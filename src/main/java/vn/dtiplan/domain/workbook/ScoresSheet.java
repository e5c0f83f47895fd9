package vn.dtiplan.domain.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.framework.Criterion;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.Names;
import vn.dtiplan.domain.framework.Pillar;
import vn.dtiplan.domain.framework.Points;

/**
 * The scores sheet ("Điểm") of the import template, written and read.
 *
 * <p>Layout: row 1 is the header — unit code | unit name | one column per pillar (its name)
 * or criterion (its code); a row whose column A reads "Điểm tối đa" shows the maxima and is
 * skipped; every other row is one unit: its code in A and its scores, pillar scores and/or
 * criterion scores (the seeds often know only pillar scores). Empty cells are no score; a row
 * with no score at all is skipped, so a template listing every unit can be filled in part.
 *
 * <p>Reading is in two steps because the framework may depend on the units:
 * {@link #rows} checks what needs no framework (unit codes present and not repeated), then
 * {@link #scores} checks every value against its pillar or criterion (a number, 0…max, at
 * most four decimals) and every header against the framework. All problems are collected.
 */
public final class ScoresSheet {

    public static final String NAME = "Điểm";
    static final String CODE = "Mã đơn vị";
    static final String UNIT = "Tên đơn vị";
    static final String MAX_ROW = "Điểm tối đa";

    /** A unit's row as read: its code and the non-empty cells by column index. */
    public record Row(int number, String unitCode, Map<Integer, String> cells) {
    }

    /** The header texts by column index and the units' rows that carry at least one value. */
    public record Parsed(String sheet, Map<Integer, String> headers, List<Row> rows) {
    }

    /** A unit's scores, by pillar name and criterion code. */
    public record UnitScores(int row, String unitCode, Map<String, BigDecimal> pillars,
                             Map<String, BigDecimal> criteria) {
    }

    /** A unit listed in a template. */
    public record Unit(String code, String name) {
    }

    private ScoresSheet() {
    }

    /** The sheet for a framework's pillars and criteria, one row per listed unit (none for a blank template). */
    public static Grid grid(List<String> pillarNames, List<BigDecimal> pillarMaxima, List<String> criterionCodes,
                            List<BigDecimal> criterionMaxima, List<Unit> units) {
        List<Object> header = new ArrayList<>(List.of(CODE, UNIT));
        header.addAll(pillarNames);
        header.addAll(criterionCodes);
        List<Object> maxima = new ArrayList<>(List.of(MAX_ROW, ""));
        maxima.addAll(pillarMaxima);
        maxima.addAll(criterionMaxima);
        List<List<Object>> rows = new ArrayList<>(List.of(header, maxima));
        units.forEach(u -> rows.add(List.of(u.code(), u.name())));
        List<Integer> widths = new ArrayList<>(List.of(12, 30));
        pillarNames.forEach(p -> widths.add(16));
        criterionCodes.forEach(c -> widths.add(9));
        return new Grid(NAME, rows, widths, Set.of(1, 2));
    }

    /** The scores sheet of a framework. */
    public static Grid grid(IndexFramework framework, List<Unit> units) {
        return grid(framework.getPillars().stream().map(Pillar::getName).toList(),
                framework.getPillars().stream().map(p -> Points.plain(p.getMax())).toList(),
                framework.criteria().stream().map(Criterion::getCode).toList(),
                framework.criteria().stream().map(c -> Points.plain(c.getMax())).toList(), units);
    }

    /** The header and the units' rows; a missing or repeated unit code is a problem. */
    public static Parsed rows(Grid grid, ImportProblems problems) {
        Map<Integer, String> headers = new LinkedHashMap<>();
        for (int c = 2; c < grid.width(); c++) {
            if (!grid.text(1, c).isEmpty()) {
                headers.put(c, grid.text(1, c));
            }
        }
        if (!Names.key(grid.text(1, 0)).equals(Names.key(CODE))) {
            problems.add(grid.name(), 1, "A", "import.scores.header", CODE);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 2; r <= grid.lastRow(); r++) {
            Row row = row(grid, r);
            if (row.cells().isEmpty() || Names.key(row.unitCode()).equals(Names.key(MAX_ROW))) {
                continue;
            }
            if (row.unitCode().isEmpty()) {
                problems.add(grid.name(), r, "A", "import.scores.unit.required");
            } else if (seen.containsKey(row.unitCode())) {
                problems.add(grid.name(), r, "A", "import.scores.unit.duplicate", row.unitCode(),
                        String.valueOf(seen.get(row.unitCode())));
            } else {
                seen.put(row.unitCode(), r);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            problems.add(grid.name(), 0, null, "import.scores.empty");
        }
        return new Parsed(grid.name(), headers, rows);
    }

    /** The scores of each row against the framework; every unknown header and wrong value is a problem. */
    public static List<UnitScores> scores(Parsed parsed, IndexFramework framework, ImportProblems problems) {
        Map<Integer, Object> targets = targets(parsed, framework, problems);
        List<UnitScores> result = new ArrayList<>();
        for (Row row : parsed.rows()) {
            Map<String, BigDecimal> pillars = new LinkedHashMap<>();
            Map<String, BigDecimal> criteria = new LinkedHashMap<>();
            row.cells().forEach((column, text) -> {
                Object target = targets.get(column);
                if (target == null) {
                    if (!parsed.headers().containsKey(column)) {
                        problems.add(parsed.sheet(), row.number(), Grid.column(column), "import.scores.header.missing");
                    }
                    return;
                }
                value(parsed.sheet(), row.number(), column, text, target, problems).ifPresent(v -> {
                    if (target instanceof Pillar p) {
                        pillars.put(p.getName(), v);
                    } else {
                        criteria.put(((Criterion) target).getCode(), v);
                    }
                });
            });
            result.add(new UnitScores(row.number(), row.unitCode(), pillars, criteria));
        }
        return result;
    }

    private static Row row(Grid grid, int r) {
        Map<Integer, String> cells = new LinkedHashMap<>();
        for (int c = 2; c < grid.width(); c++) {
            if (!grid.text(r, c).isEmpty()) {
                cells.put(c, grid.text(r, c));
            }
        }
        return new Row(r, grid.text(r, 0), cells);
    }

    /** The pillar or criterion of each header column. */
    private static Map<Integer, Object> targets(Parsed parsed, IndexFramework framework, ImportProblems problems) {
        Map<Integer, Object> targets = new HashMap<>();
        Map<Object, Integer> seen = new HashMap<>();
        parsed.headers().forEach((column, header) -> {
            Optional<Object> target = framework.criterion(header).<Object>map(c -> c)
                    .or(() -> framework.pillar(header).map(p -> p));
            if (target.isEmpty()) {
                problems.add(parsed.sheet(), 1, Grid.column(column), "import.scores.header.unknown", header,
                        framework.getName());
            } else if (seen.containsKey(target.get())) {
                problems.add(parsed.sheet(), 1, Grid.column(column), "import.scores.header.duplicate", header,
                        Grid.column(seen.get(target.get())));
            } else {
                seen.put(target.get(), column);
                targets.put(column, target.get());
            }
        });
        return targets;
    }

    private static Optional<BigDecimal> value(String sheet, int row, int column, String text, Object target,
                                              ImportProblems problems) {
        String col = Grid.column(column);
        Optional<BigDecimal> number = Grid.number(text);
        if (number.isEmpty()) {
            problems.add(sheet, row, col, "import.number.invalid", text);
            return Optional.empty();
        }
        BigDecimal max = target instanceof Pillar p ? p.getMax() : ((Criterion) target).getMax();
        String what = target instanceof Pillar p ? p.getName() : ((Criterion) target).getCode();
        try {
            BigDecimal exact = Points.exact(number.get(), what);
            if (exact.signum() < 0) {
                problems.add(sheet, row, col, "import.score.negative", Points.text(exact));
            } else if (exact.compareTo(max) > 0) {
                problems.add(sheet, row, col, "import.score.aboveMax", Points.text(exact), Points.text(max));
            } else {
                return Optional.of(exact);
            }
        } catch (DomainRuleException e) {
            problems.add(sheet, row, col, e);
        }
        return Optional.empty();
    }
}
