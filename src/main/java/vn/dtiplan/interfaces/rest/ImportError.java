package vn.dtiplan.interfaces.rest;

import java.util.List;
import java.util.Locale;
import vn.dtiplan.domain.workbook.ImportRefusedException;
import vn.dtiplan.interfaces.ImportProblemText;
import vn.dtiplan.interfaces.Messages;

/**
 * The error body of a refused import (422): the API's {@code error} and {@code message} and every
 * problem with its sheet, row and column and a Vietnamese sentence that names them.
 */
public record ImportError(String error, String message, List<Problem> problems) {

    public record Problem(String sheet, Integer row, String column, String code, String message) {
    }

    static ImportError of(ImportRefusedException refused) {
        Locale vi = Locale.forLanguageTag("vi");
        return new ImportError(refused.messageKey(), Messages.vietnamese(refused.messageKey(), refused.arguments()),
                refused.problems().stream().map(p -> new Problem(p.sheet(), p.row() > 0 ? p.row() : null, p.column(),
                        p.key(), ImportProblemText.of(vi, p))).toList());
    }
}
