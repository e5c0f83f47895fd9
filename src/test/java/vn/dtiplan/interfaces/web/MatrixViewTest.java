package vn.dtiplan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.application.plan.MatrixView.Column;
import vn.dtiplan.application.plan.MatrixView.Row;

/** The adoption matrix pages its rows by a budget of cells (issue 15: 50 tasks × 168 wards was 1.7 MB). */
class MatrixViewTest {

    private static MatrixView screen(int tasks, int units, Integer page) throws ReflectiveOperationException {
        List<Column> columns = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            columns.add(new Column(t, t + 1, "1." + t, "Việc " + t));
        }
        List<Row> rows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            rows.add(new Row("W" + u, "Phường " + u, List.of(), 0));
        }
        MatrixView view = new MatrixView();
        var field = MatrixView.class.getDeclaredField("matrix");
        field.setAccessible(true);
        field.set(view, new vn.dtiplan.application.plan.MatrixView(1, "1/KH", columns, rows));
        view.setPlan(1L);
        if (page != null) {
            view.setPage(page);
        }
        return view;
    }

    @Test
    void fiftyTasksToOneHundredSixtyEightWardsAreNinePagesOfTwenty() throws ReflectiveOperationException {
        MatrixView first = screen(50, 168, null);
        assertEquals(20, first.getRowsPerPage());
        assertEquals(9, first.getPages());
        assertEquals("W0", first.getRows().get(0).unitCode());
        assertEquals("1–20 / 168", first.getRange());
        MatrixView last = screen(50, 168, 9);
        assertEquals(List.of("W160", "W161", "W162", "W163", "W164", "W165", "W166", "W167"),
                last.getRows().stream().map(Row::unitCode).toList());
        assertEquals("161–168 / 168", last.getRange());
    }

    @Test
    void aFewTasksShowEveryRowOnOnePageAndManyTasksAtLeastTenRows() throws ReflectiveOperationException {
        assertEquals(17, screen(2, 17, null).getRows().size());
        assertEquals(1, screen(2, 17, null).getPages());
        assertEquals(10, screen(137, 168, null).getRowsPerPage());
        assertEquals(8, screen(50, 168, 99).getRows().size(), "a page past the end shows the last");
    }
}
