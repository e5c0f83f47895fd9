package vn.dtiplan.domain.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dtiplan.domain.plan.TaskContent;

/**
 * A plan's task table as officials keep it (the appendix of a plan): STT | Tiêu chí | Nhiệm vụ,
 * giải pháp | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Kết quả / minh chứng | Ghi chú,
 * in any order and on any sheet, under a title and other lines.
 *
 * <p>The header row is the first row, in the first sheet that has one, naming the task column and
 * at least two other columns by their Vietnamese titles ({@link Column#matches}). Below it: blank
 * rows and the column-number row ("(1) (2) (3)…") are skipped, and so is a heading row (a roman
 * numeral or a title with no task: "I. Chuyển đổi nhận thức số"); every other row is a task. A
 * criterion cell "6.4. Tỷ lệ hồ sơ…" gives the code 6.4 and the title; coordinating units are
 * split at ";", "," or line breaks. Notes are read but a task has no field for them.
 *
 * <p>Every problem is collected with sheet, row and column; any problem refuses the whole file.
 */
public final class TaskTableSheet {

    /** The columns read, each with the words its header contains (lower case). */
    public enum Column {
        NUMBER("stt", "số thứ tự"),
        CRITERION("tiêu chí", "chỉ tiêu", "chỉ số"),
        SOLUTION("nhiệm vụ", "giải pháp"),
        LEAD("chủ trì"),
        COORDINATING("phối hợp"),
        TIMEFRAME("thời gian", "thời hạn", "tiến độ"),
        EVIDENCE("minh chứng", "sản phẩm", "kết quả"),
        NOTES("ghi chú");

        private final List<String> words;

        Column(String... words) {
            this.words = List.of(words);
        }

        boolean matches(String header) {
            String text = header.toLowerCase(Locale.ROOT);
            return words.stream().anyMatch(text::contains);
        }
    }

    /** One task read from the sheet: where it was and what it says. */
    public record Row(String sheet, int row, TaskContent content) {
    }

    static final int MAX_HEADER_ROW = 30;
    private static final int SOLUTION_MAX = 4000;
    private static final int TEXT_MAX = 400;
    private static final int EVIDENCE_MAX = 2000;
    private static final int CRITERION_TITLE_MAX = 1000;
    private static final Pattern CRITERION = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+\\.?$");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("^\\(?\\d{1,2}\\)?$");

    private TaskTableSheet() {
    }

    /**
     * The tasks of the workbook, in their order.
     *
     * @throws ImportRefusedException listing every problem (no header, no task, a task without its
     *                                text, a cell too long)
     */
    public static List<Row> read(List<Grid> sheets) {
        ImportProblems problems = new ImportProblems();
        for (Grid grid : sheets) {
            Optional<Map<Column, Integer>> header = Optional.empty();
            int headerRow = 0;
            for (int r = 1; r <= Math.min(grid.lastRow(), MAX_HEADER_ROW) && header.isEmpty(); r++) {
                header = header(grid, r);
                headerRow = r;
            }
            if (header.isPresent()) {
                List<Row> rows = rows(grid, headerRow, header.get(), problems);
                if (rows.isEmpty() && problems.isEmpty()) {
                    problems.add(grid.name(), headerRow, null, "import.tasks.none");
                }
                problems.throwIfAny();
                return rows;
            }
        }
        problems.add(sheets.isEmpty() ? "" : sheets.get(0).name(), 0, null, "import.tasks.header.missing");
        problems.throwIfAny();
        return List.of();
    }

    private static Optional<Map<Column, Integer>> header(Grid grid, int row) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int c = 0; c < grid.width(); c++) {
            String text = grid.text(row, c);
            if (text.isEmpty() || text.length() > 80) {
                continue;
            }
            int column = c;
            Arrays.stream(Column.values()).filter(k -> !columns.containsKey(k) && k.matches(text)).findFirst()
                    .ifPresent(k -> columns.put(k, column));
        }
        return columns.containsKey(Column.SOLUTION) && columns.size() >= 3 ? Optional.of(columns) : Optional.empty();
    }

    private static List<Row> rows(Grid grid, int headerRow, Map<Column, Integer> columns, ImportProblems problems) {
        List<Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= grid.lastRow(); r++) {
            if (grid.blank(r) || columnNumbers(grid, r, columns) || heading(grid, r, columns)) {
                continue;
            }
            String solution = cell(grid, r, columns, Column.SOLUTION);
            if (solution.isEmpty()) {
                problems.add(grid.name(), r, letter(columns, Column.SOLUTION), "import.tasks.solution.missing");
                continue;
            }
            int before = problems.list().size();
            length(grid, r, columns, Column.SOLUTION, SOLUTION_MAX, problems);
            length(grid, r, columns, Column.LEAD, TEXT_MAX, problems);
            length(grid, r, columns, Column.TIMEFRAME, TEXT_MAX, problems);
            length(grid, r, columns, Column.EVIDENCE, EVIDENCE_MAX, problems);
            length(grid, r, columns, Column.CRITERION, CRITERION_TITLE_MAX, problems);
            List<String> coordinating = coordinating(cell(grid, r, columns, Column.COORDINATING));
            if (coordinating.stream().anyMatch(c -> c.length() > TEXT_MAX)) {
                problems.add(grid.name(), r, letter(columns, Column.COORDINATING), "import.tasks.tooLong", TEXT_MAX);
            }
            if (problems.list().size() == before) {
                rows.add(new Row(grid.name(), r, content(grid, r, columns, solution, coordinating)));
            }
        }
        return rows;
    }

    private static TaskContent content(Grid grid, int r, Map<Column, Integer> columns, String solution,
                                       List<String> coordinating) {
        String criterion = cell(grid, r, columns, Column.CRITERION);
        Matcher coded = CRITERION.matcher(criterion);
        String code = null;
        String title = criterion.isEmpty() ? null : criterion;
        if (coded.matches() && coded.group(1).length() <= 20) {
            code = coded.group(1);
            title = coded.group(2).isBlank() ? null : coded.group(2).strip();
        }
        return new TaskContent(code, title, null, solution, blankToNull(cell(grid, r, columns, Column.LEAD)),
                coordinating, null, blankToNull(cell(grid, r, columns, Column.EVIDENCE)),
                blankToNull(cell(grid, r, columns, Column.TIMEFRAME)), null, false, List.of());
    }

    /** The row under the header that numbers the columns: (1) (2) (3)… or 1 2 3…. */
    private static boolean columnNumbers(Grid grid, int r, Map<Column, Integer> columns) {
        return columns.values().stream().map(c -> grid.text(r, c)).allMatch(t -> t.isEmpty() || COLUMN_NUMBER.matcher(t)
                .matches()) && COLUMN_NUMBER.matcher(cell(grid, r, columns, Column.SOLUTION)).matches();
    }

    /** A heading: a roman numeral in STT, or a single title with no lead, coordinating unit or timeframe. */
    private static boolean heading(Grid grid, int r, Map<Column, Integer> columns) {
        if (ROMAN.matcher(cell(grid, r, columns, Column.NUMBER)).matches()) {
            return true;
        }
        long filled = columns.entrySet().stream().filter(e -> e.getKey() != Column.NUMBER)
                .filter(e -> !grid.text(r, e.getValue()).isEmpty()).count();
        return filled == 1 && cell(grid, r, columns, Column.SOLUTION).isEmpty();
    }

    private static void length(Grid grid, int r, Map<Column, Integer> columns, Column column, int max,
                               ImportProblems problems) {
        if (cell(grid, r, columns, column).length() > max) {
            problems.add(grid.name(), r, letter(columns, column), "import.tasks.tooLong", max);
        }
    }

    private static List<String> coordinating(String cell) {
        return Arrays.stream(cell.split("[;,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String cell(Grid grid, int r, Map<Column, Integer> columns, Column column) {
        Integer c = columns.get(column);
        return c == null ? "" : grid.text(r, c);
    }

    private static String letter(Map<Column, Integer> columns, Column column) {
        Integer c = columns.get(column);
        return c == null ? null : Grid.column(c);
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
