package vn.dtiplan.domain.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A table as officials exchange it (one sheet of an Excel workbook): a title and caption over
 * a header row and body rows. Cells are text ({@link String}, so codes such as "3.10" stay
 * codes) or figures ({@link Number}, written as numbers so officials can sum them); null is an
 * empty cell; {@code widths} are column widths in characters; {@code boldRows} marks group
 * rows (a pillar over its criteria, a total line).
 */
public record Table(String sheet, String title, String caption, List<String> headers, List<List<Object>> rows,
                    int[] widths, Set<Integer> boldRows) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        boldRows = Set.copyOf(boldRows);
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException("one width per column");
        }
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + headers.size() + " headers");
            }
        }
    }
}
