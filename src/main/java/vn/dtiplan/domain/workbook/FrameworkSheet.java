package vn.dtiplan.domain.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.framework.Criterion;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.Names;
import vn.dtiplan.domain.framework.Pillar;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The framework sheet ("Bộ chỉ số") of the import template, written and read.
 *
 * <p>Layout: label rows (column A) with their value in column B — issuer code, year, scored
 * level, name — then the table header (A = "Mã") and one row per pillar or criterion:
 * code | name or title | maximum points | how it is scored | evidence. A pillar row has a Roman
 * numeral (I, II…) or nothing as its code; a criterion row has a dotted code (1.2, 1.2.1) and
 * belongs to the pillar above it. Labels are found by their text, so added rows do no harm.
 *
 * <p>Reading never stops at the first problem: each row is checked on its own (the framework's
 * own rules, see {@link IndexFramework}) and every problem is reported with its cell. The
 * issuer is resolved by the caller (its scope), so a blank or unknown issuer is its decision.
 */
public final class FrameworkSheet {

    public static final String NAME = "Bộ chỉ số";
    static final String TITLE = "BỘ CHỈ SỐ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ";
    static final String ISSUER = "Mã đơn vị ban hành";
    static final String YEAR = "Năm đánh giá";
    static final String LEVEL = "Cấp được đánh giá";
    static final String TITLE_LABEL = "Tên bộ chỉ số";
    static final List<String> HEADERS = List.of("Mã", "Nội dung / tiêu chí", "Điểm tối đa", "Cách chấm điểm", "Minh chứng");
    private static final List<Integer> WIDTHS = List.of(10, 60, 12, 40, 40);
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile("[0-9.]+");
    private static final Map<UnitLevel, String> LEVELS = Map.of(UnitLevel.WARD, "Cấp xã", UnitLevel.CITY, "Cấp huyện");

    /** A line of the framework table, as written in a template. */
    public record Line(String code, String name, BigDecimal max, String scoringMethod, String evidence) {
    }

    /** The read header: issuer code (may be blank) and its row, year, level, name; null where missing or wrong. */
    public record Header(String issuerCode, int issuerRow, Integer year, UnitLevel level, String name) {
    }

    private FrameworkSheet() {
    }

    /** The sheet of a framework: header fields, then the lines. */
    public static Grid grid(String issuerCode, int year, UnitLevel level, String name, List<Line> lines) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(TITLE));
        rows.add(List.of(ISSUER, issuerCode == null ? "" : issuerCode));
        rows.add(List.of(YEAR, new BigDecimal(year)));
        rows.add(List.of(LEVEL, LEVELS.getOrDefault(level, "")));
        rows.add(List.of(TITLE_LABEL, name == null ? "" : name));
        rows.add(List.of());
        rows.add(List.copyOf(HEADERS));
        Set<Integer> bold = new HashSet<>(Set.of(1, 7));
        for (Line line : lines) {
            List<Object> row = new ArrayList<>();
            row.add(line.code() == null ? "" : line.code());
            row.add(line.name());
            row.add(line.max());
            row.add(line.scoringMethod() == null ? "" : line.scoringMethod());
            row.add(line.evidence() == null ? "" : line.evidence());
            rows.add(row);
            if (line.code() == null || ROMAN.matcher(line.code()).matches()) {
                bold.add(rows.size());
            }
        }
        return new Grid(NAME, rows, WIDTHS, bold);
    }

    /** The lines of a framework: each pillar (numbered I, II…) followed by its criteria. */
    public static List<Line> lines(IndexFramework framework) {
        List<Line> lines = new ArrayList<>();
        for (Pillar p : framework.getPillars()) {
            lines.add(new Line(roman(p.getPosition()), p.getName(), Points.plain(p.getMax()), null, null));
            for (Criterion c : p.getCriteria()) {
                lines.add(new Line(c.getCode(), c.getTitle(), Points.plain(c.getMax()), c.getScoringMethod(), c.getEvidence()));
            }
        }
        return lines;
    }

    /** The header fields; each missing or wrong one is a problem. */
    public static Header header(Grid grid, ImportProblems problems) {
        int table = tableRow(grid);
        if (table == 0) {
            problems.add(grid.name(), 0, null, "import.framework.table.missing", HEADERS.get(0));
        }
        String issuer = value(grid, table, ISSUER).map(r -> grid.text(r, 1)).orElse("");
        Integer year = value(grid, table, YEAR).flatMap(r -> year(grid, r, problems)).orElse(null);
        UnitLevel level = value(grid, table, LEVEL).flatMap(r -> level(grid, r, problems)).orElse(null);
        String name = value(grid, table, TITLE_LABEL).map(r -> grid.text(r, 1)).orElse("");
        missing(grid, table, YEAR, problems);
        missing(grid, table, LEVEL, problems);
        if (value(grid, table, TITLE_LABEL).isEmpty() || name.isEmpty()) {
            problems.add(grid.name(), value(grid, table, TITLE_LABEL).orElse(0), "B", "import.framework.label.missing",
                    TITLE_LABEL);
        }
        return new Header(issuer, value(grid, table, ISSUER).orElse(0), year, level, name.isEmpty() ? null : name);
    }

    /**
     * The framework of the sheet for the given issuer: every row checked, every problem added.
     * Returns empty when the header is unusable (its problems are already added).
     */
    public static Optional<IndexFramework> read(Grid grid, Header header, AdministrativeUnit issuer,
                                                ImportProblems problems) {
        IndexFramework framework = null;
        if (issuer != null && header.year() != null && header.level() != null && header.name() != null) {
            try {
                framework = new IndexFramework(issuer, header.year(), header.level(), header.name());
            } catch (DomainRuleException e) {
                problems.add(grid.name(), value(grid, tableRow(grid), LEVEL).orElse(0), "B", e);
            }
        }
        int table = tableRow(grid);
        if (table > 0) {
            new Rows(grid, framework, problems).read(table + 1);
        }
        if (framework != null && framework.getPillars().isEmpty() && table > 0) {
            problems.add(grid.name(), table, null, "framework.empty");
        }
        return Optional.ofNullable(framework);
    }

    /** Reads the table rows one by one; a pillar that could not be added still takes its criteria. */
    private static final class Rows {
        private final Grid grid;
        private final IndexFramework framework;
        private final ImportProblems problems;
        private final List<String> codes = new ArrayList<>();
        private Pillar pillar;
        private boolean inPillar;

        Rows(Grid grid, IndexFramework framework, ImportProblems problems) {
            this.grid = grid;
            this.framework = framework;
            this.problems = problems;
        }

        void read(int first) {
            for (int r = first; r <= grid.lastRow(); r++) {
                if (grid.blank(r)) {
                    continue;
                }
                String code = grid.text(r, 0);
                if (code.isEmpty() || ROMAN.matcher(code).matches()) {
                    pillar(r);
                } else if (DOTTED.matcher(code).matches()) {
                    criterion(r, code);
                } else {
                    problems.add(grid.name(), r, "A", "framework.criterion.code.invalid", code);
                }
            }
        }

        private void pillar(int r) {
            inPillar = true;
            pillar = null;
            Optional<BigDecimal> max = max(r);
            if (framework == null || max.isEmpty()) {
                return;
            }
            try {
                pillar = framework.addPillar(grid.text(r, 1), max.get());
            } catch (DomainRuleException e) {
                problems.add(grid.name(), r, columnOf(e), e);
            }
        }

        private void criterion(int r, String code) {
            Optional<BigDecimal> max = max(r);
            if (!inPillar) {
                problems.add(grid.name(), r, "A", "import.framework.criterion.noPillar", code);
                return;
            }
            if (grid.text(r, 1).isEmpty()) {
                problems.add(grid.name(), r, "B", "framework.criterion.title.required", code);
            } else if (framework != null && pillar != null && max.isPresent()) {
                try {
                    framework.addCriterion(pillar, code, grid.text(r, 1), max.get(), grid.text(r, 3), grid.text(r, 4));
                } catch (DomainRuleException e) {
                    problems.add(grid.name(), r, columnOf(e), e);
                }
            } else if (codes.contains(code)) {
                problems.add(grid.name(), r, "A", "framework.criterion.duplicate", code);
            }
            codes.add(code);
        }

        private Optional<BigDecimal> max(int r) {
            String text = grid.text(r, 2);
            Optional<BigDecimal> max = Grid.number(text);
            if (max.isEmpty()) {
                problems.add(grid.name(), r, "C", text.isEmpty() ? "import.max.required" : "import.number.invalid", text);
            }
            return max;
        }
    }

    /** The column a broken framework rule points at: B for names and titles, C for maxima, else A (the code). */
    static String columnOf(DomainRuleException e) {
        String key = e.messageKey();
        if (key.contains("name") || key.contains("title") || key.equals("framework.pillar.duplicate")) {
            return "B";
        }
        return key.contains("max") || key.startsWith("points.") ? "C" : "A";
    }

    /** A pillar's number as the template writes it: 1 → I, 14 → XIV. */
    public static String roman(int n) {
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] letters = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder text = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                text.append(letters[i]);
            }
        }
        return text.toString();
    }

    /** The row of the table header: the first row whose column A reads "Mã"; 0 when none. */
    private static int tableRow(Grid grid) {
        for (int r = 1; r <= grid.lastRow(); r++) {
            if (Names.key(grid.text(r, 0)).equals(Names.key(HEADERS.get(0)))) {
                return r;
            }
        }
        return 0;
    }

    private static Optional<Integer> value(Grid grid, int table, String label) {
        int last = table == 0 ? grid.lastRow() : table - 1;
        for (int r = 1; r <= last; r++) {
            if (Names.key(grid.text(r, 0)).equals(Names.key(label))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static void missing(Grid grid, int table, String label, ImportProblems problems) {
        Optional<Integer> row = value(grid, table, label);
        if (row.isEmpty() || grid.text(row.get(), 1).isEmpty()) {
            problems.add(grid.name(), row.orElse(0), "B", "import.framework.label.missing", label);
        }
    }

    private static Optional<Integer> year(Grid grid, int row, ImportProblems problems) {
        String text = grid.text(row, 1);
        Optional<BigDecimal> year = Grid.number(text).filter(y -> y.stripTrailingZeros().scale() <= 0);
        if (year.isEmpty() && !text.isEmpty()) {
            problems.add(grid.name(), row, "B", "framework.year.invalid", text);
        }
        return year.map(BigDecimal::intValue);
    }

    private static Optional<UnitLevel> level(Grid grid, int row, ImportProblems problems) {
        String text = grid.text(row, 1);
        Optional<UnitLevel> level = levelOf(text);
        if (level.isEmpty() && !text.isEmpty()) {
            problems.add(grid.name(), row, "B", "import.framework.level.invalid", text);
        }
        return level;
    }

    /** "Cấp huyện", "thành phố", "thị xã", "CITY" → CITY; "Cấp xã", "phường, xã", "WARD" → WARD. */
    static Optional<UnitLevel> levelOf(String text) {
        String key = Names.key(text);
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        if (key.equals("city") || key.contains("huyện") || key.contains("thành phố") || key.contains("thị xã")) {
            return Optional.of(UnitLevel.CITY);
        }
        if (key.equals("ward") || key.contains("xã") || key.contains("phường")) {
            return Optional.of(UnitLevel.WARD);
        }
        return Optional.empty();
    }
}
