package vn.dtiplan.interfaces;

import java.util.Locale;
import vn.dtiplan.domain.workbook.ImportProblem;

/** A problem of an imported workbook as a sentence: "Trang 'Điểm', dòng 7, cột D: điểm 12 vượt tối đa 11". */
public final class ImportProblemText {

    private ImportProblemText() {
    }

    public static String of(Locale locale, ImportProblem problem) {
        String what = Messages.text(locale, problem.key(), problem.arguments().toArray());
        if (problem.sheet() == null) {
            return what;
        }
        if (problem.row() <= 0) {
            return Messages.text(locale, "import.at.sheet", problem.sheet(), what);
        }
        String row = Integer.toString(problem.row());
        return problem.column() == null ? Messages.text(locale, "import.at.row", problem.sheet(), row, what)
                : Messages.text(locale, "import.at.cell", problem.sheet(), row, problem.column(), what);
    }
}
