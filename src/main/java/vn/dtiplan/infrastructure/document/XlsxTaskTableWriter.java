package vn.dtiplan.infrastructure.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dtiplan.domain.document.AppendixRow;
import vn.dtiplan.domain.document.Table;

/**
 * A plan's task table as an Excel workbook, in the column order officials use (seed 003's
 * appendix: STT, criterion code, criterion, target, lead, coordinating, timeframe, evidence, notes); pillar rows bold.
 */
public final class XlsxTaskTableWriter {

    static final String SHEET = "Nhiệm vụ";
    static final int HEADER_ROW = XlsxTableWriter.HEADER_ROW;
    private static final int[] WIDTHS = {6, 10, 46, 28, 24, 26, 20, 28, 14};

    public byte[] write(String heading, String caption, List<AppendixRow> rows) {
        List<List<Object>> cells = new ArrayList<>();
        Set<Integer> groups = new HashSet<>();
        for (AppendixRow row : rows) {
            if (row.group()) {
                groups.add(cells.size());
            }
            cells.add(new ArrayList<>(row.cells()));
        }
        return new XlsxTableWriter().write(new Table(SHEET, heading, caption, AppendixRow.HEADERS, cells, WIDTHS, groups));
    }
}
