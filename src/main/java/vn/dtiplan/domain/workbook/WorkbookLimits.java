package vn.dtiplan.domain.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a workbook an import reads: every row, or none. A sheet with data beyond
 * {@value #MAX_ROWS} rows or {@value #MAX_COLUMNS} columns, or a file with more than
 * {@value #MAX_CELLS} cells holding data (or {@value #MAX_ELEMENTS} rows and cells of any kind,
 * formatting only included), is refused as a whole with the limit named — never read in part,
 * which would import the first rows and silently drop the rest. The largest real files (the
 * scores of a province's 170 wards over a hundred criteria, a framework of a few hundred
 * criteria) are far below. The sizes are measured by streaming the sheets before a workbook is
 * built, so a refused file costs no memory.
 */
public final class WorkbookLimits {

    public static final int MAX_ROWS = 5000;
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CELLS = 100_000;
    public static final int MAX_ELEMENTS = 300_000;

    /** The measured extent of one sheet: its last row and column holding data (from 1), and its counts. */
    public record Extent(String sheet, int lastRow, int lastColumn, long cells, long elements) {
    }

    private WorkbookLimits() {
    }

    /** Refuses the file when any sheet, or all together, pass a limit; returns when it may be read whole. */
    public static void check(List<Extent> sheets) {
        List<ImportProblem> problems = new ArrayList<>();
        long cells = 0;
        long elements = 0;
        for (Extent sheet : sheets) {
            if (sheet.lastRow() > MAX_ROWS) {
                problems.add(new ImportProblem(null, 0, null, "import.file.tooManyRows", List.of(sheet.sheet(), MAX_ROWS)));
            }
            if (sheet.lastColumn() > MAX_COLUMNS) {
                problems.add(new ImportProblem(null, 0, null, "import.file.tooManyColumns",
                        List.of(sheet.sheet(), MAX_COLUMNS)));
            }
            cells += sheet.cells();
            elements += sheet.elements();
        }
        if (cells > MAX_CELLS || elements > MAX_ELEMENTS) {
            problems.add(new ImportProblem(null, 0, null, "import.file.tooManyCells", List.of(MAX_CELLS)));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
    }
}
