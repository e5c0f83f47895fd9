package vn.dtiplan.domain.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dtiplan.domain.workbook.FrameworkSheetTest.row;
import static vn.dtiplan.domain.workbook.FrameworkSheetTest.where;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.framework.Frameworks;
import vn.dtiplan.domain.framework.IndexFramework;

class ScoresSheetTest {

    private final IndexFramework framework = new Frameworks().wardFramework();

    @Test
    void pillarAndCriterionScoresAreReadPerUnitAndEmptyRowsSkipped() {
        Grid grid = Grid.read("Điểm", List.of(
                row("Mã đơn vị", "Tên đơn vị", "Nhận thức số", "chính quyền số", "6.1"),
                row("Điểm tối đa", "", "6", "50", "4"),
                row("26509", "Phường 2", "6", "38,605", ""),
                row("26512", "Phường 3", "", "", ""),
                row("26515", "Phường 5", "", "40", "3.5")));
        ImportProblems problems = new ImportProblems();
        List<ScoresSheet.UnitScores> scores = ScoresSheet.scores(ScoresSheet.rows(grid, problems), framework, problems);
        assertEquals(List.of(), where(problems));
        assertEquals(List.of("26509", "26515"), scores.stream().map(ScoresSheet.UnitScores::unitCode).toList());
        assertEquals(0, new BigDecimal("38.605").compareTo(scores.get(0).pillars().get("Chính quyền số")));
        assertEquals(Map.of(), scores.get(0).criteria());
        assertEquals(0, new BigDecimal("3.5").compareTo(scores.get(1).criteria().get("6.1")));
        assertEquals(5, scores.get(1).row());
    }

    @Test
    void everyWrongCellIsNamedWithItsRowAndColumn() {
        Grid grid = Grid.read("Điểm", List.of(
                row("Mã đơn vị", "Tên đơn vị", "Nhận thức số", "Thể chế số", "9.9", "Nhận thức số"),
                row("26509", "Phường 2", "7", "12", "", ""),
                row("26512", "Phường 3", "abc", "-1", "1", "2"),
                row("26509", "Phường 2 lặp", "1", "", "", ""),
                row("", "Không mã", "1", "", "", ""),
                row("26515", "", "1.23456", "", "", "", "5")));
        ImportProblems problems = new ImportProblems();
        ScoresSheet.scores(ScoresSheet.rows(grid, problems), framework, problems);
        assertEquals(List.of("4:A import.scores.unit.duplicate", "5:A import.scores.unit.required",
                "1:E import.scores.header.unknown", "1:F import.scores.header.duplicate",
                "2:C import.score.aboveMax", "2:D import.score.aboveMax",
                "3:C import.number.invalid", "3:D import.score.negative",
                "6:C points.precision", "6:G import.scores.header.missing"), where(problems));
        assertEquals(List.of("12", "11"), problems.list().get(5).arguments());
    }

    @Test
    void aSheetWithoutScoresOrWithAWrongFirstHeaderIsRefused() {
        ImportProblems problems = new ImportProblems();
        ScoresSheet.rows(Grid.read("Điểm", List.of(row("Đơn vị", "Tên", "Nhận thức số"), row("26509", "Phường 2"))),
                problems);
        assertEquals(List.of("1:A import.scores.header", "0:null import.scores.empty"), where(problems));
    }

    @Test
    void theTemplateOfAFrameworkHasAColumnPerPillarAndCriterionAndARowPerUnit() {
        Grid grid = ScoresSheet.grid(framework, List.of(new ScoresSheet.Unit("26509", "Phường 2")));
        assertEquals(List.of("Mã đơn vị", "Tên đơn vị", "Nhận thức số"), grid.rows().get(0).subList(0, 3));
        assertEquals("6.2", grid.text(1, 11));
        assertEquals("50", grid.text(2, 7));
        assertEquals("26509", grid.text(3, 0));
        assertEquals("AB", Grid.column(27));
    }
}
