package vn.dtiplan.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.workbook.ImportProblem;
import vn.dtiplan.domain.workbook.ImportProblems;
import vn.dtiplan.domain.workbook.ImportRefusedException;

class ImportProblemTextTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void aProblemNamesItsSheetRowAndColumnInTheUsersLanguage() {
        ImportProblem above = new ImportProblem("Điểm", 7, "D", "import.score.aboveMax", List.of("12", "11"));
        assertEquals("Trang 'Điểm', dòng 7, cột D: điểm 12 vượt tối đa 11", ImportProblemText.of(VI, above));
        assertEquals("Sheet 'Điểm', row 7, column D: score 12 exceeds the maximum 11",
                ImportProblemText.of(Locale.ENGLISH, above));
        assertEquals("Trang 'Điểm', dòng 1234: không có dòng điểm nào.", ImportProblemText.of(VI,
                new ImportProblem("Điểm", 1234, null, "import.scores.empty", List.of())));
        assertEquals("Trang 'Điểm': không có dòng điểm nào.", ImportProblemText.of(VI,
                new ImportProblem("Điểm", 0, null, "import.scores.empty", List.of())));
        assertEquals("Tệp không có trang „Điểm“.", ImportProblemText.of(VI,
                new ImportProblem(null, 0, null, "import.sheet.missing", List.of("Điểm"))));
    }

    @Test
    void aRefusalListsItsProblemsByRowThenColumn() {
        ImportProblems problems = new ImportProblems();
        problems.add("Điểm", 3, "A", "import.scores.unit.unknown", "99999");
        problems.add("Điểm", 2, "AA", "import.number.invalid", "x");
        problems.add("Điểm", 2, "C", "import.number.invalid", "y");
        ImportRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(ImportRefusedException.class,
                problems::throwIfAny);
        assertEquals(List.of("2C", "2AA", "3A"), refused.problems().stream().map(p -> p.row() + p.column()).toList());
        assertEquals("Tệp có 3 lỗi nên không có gì được nhập. Hãy sửa rồi tải lên lại.",
                Messages.vietnamese(refused.messageKey(), refused.arguments()));
    }
}
