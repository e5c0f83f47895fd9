package vn.dtiplan.domain.workbook;

import java.util.List;

/**
 * One problem of an imported workbook: where (sheet, row from 1, column letter; row 0 or a null
 * column when the problem concerns the whole sheet or row) and what (a message key of the
 * bundles with its arguments).
 */
public record ImportProblem(String sheet, int row, String column, String key, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }
}
