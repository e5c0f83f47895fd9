package vn.dtiplan.domain.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.framework.Frameworks;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.unit.UnitLevel;

class FrameworkSheetTest {

    private final Frameworks fx = new Frameworks();

    @Test
    void aWellFormedSheetGivesTheFrameworkWithNestedCriteria() {
        Grid grid = sheet(header("", "2024", "Cấp xã", "Bộ chỉ số 2024"),
                row("I", "Nhận thức số", "6"), row("1.1", "Tuyên truyền", "2"), row("1.1.1", "Trên cổng", "1"),
                row("II", "Chính quyền số", "50"), row("2.1", "Hồ sơ đúng hạn", "4,5"));
        IndexFramework f = read(grid);
        assertEquals(2024, f.getYear());
        assertEquals(UnitLevel.WARD, f.getLevel());
        assertEquals(0, new BigDecimal("56").compareTo(f.max()));
        assertEquals("1.1", f.getPillars().get(0).parentOf("1.1.1").orElseThrow().getCode());
        assertEquals(0, new BigDecimal("4.5").compareTo(f.criterion("2.1").orElseThrow().getMax()));
    }

    @Test
    void everyProblemIsNamedWithItsRowAndColumnAndNothingIsBuilt() {
        Grid grid = sheet(header("", "2024", "Cấp xã", "Bộ chỉ số 2024"),
                row("1.0", "Trước nội dung", "1"),
                row("I", "Nhận thức số", "sáu"),
                row("II", "Thể chế số", "11"),
                row("2.1", "Ban hành kế hoạch", "12"),
                row("2.2", "", "1"),
                row("2.3", "Chính sách", "1"),
                row("2.3", "Chính sách lặp", "1"),
                row("2.4.1", "Con trước cha", "1"),
                row("2.4", "Cha sau con", "2"),
                row("III", "Hạ tầng số", "3"),
                row("2.3.1", "Khác nội dung", "1"),
                row("a.b", "Mã sai", "1"));
        ImportProblems problems = new ImportProblems();
        FrameworkSheet.read(grid, FrameworkSheet.header(grid, problems), fx.province, problems);
        assertEquals(List.of("8:A import.framework.criterion.noPillar", "9:C import.number.invalid",
                "11:C framework.criterion.max.exceeds", "12:B framework.criterion.title.required",
                "14:A framework.criterion.duplicate", "16:A framework.criterion.afterChild",
                "18:A framework.criterion.otherPillar", "19:A framework.criterion.code.invalid"), where(problems));
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, problems::throwIfAny);
        assertEquals(8, refused.problems().size());
    }

    @Test
    void aMissingOrWrongHeaderIsReportedBesideTheRowProblems() {
        Grid grid = sheet(header("", "năm nay", "Cấp tỉnh", ""), row("I", "Nhận thức số", "6"), row("x1", "Sai", "1"));
        ImportProblems problems = new ImportProblems();
        FrameworkSheet.Header header = FrameworkSheet.header(grid, problems);
        assertTrue(FrameworkSheet.read(grid, header, fx.province, problems).isEmpty());
        assertEquals(List.of("3:B framework.year.invalid", "4:B import.framework.level.invalid",
                "5:B import.framework.label.missing", "9:A framework.criterion.code.invalid"), where(problems));
    }

    @Test
    void aSheetWithoutTheTableHeaderIsRefused() {
        ImportProblems problems = new ImportProblems();
        Grid grid = Grid.read("Bộ chỉ số", List.of(List.of("Năm đánh giá", "2024")));
        FrameworkSheet.read(grid, FrameworkSheet.header(grid, problems), fx.province, problems);
        assertEquals("0:null import.framework.table.missing", where(problems).get(0));
    }

    @Test
    void theTemplateOfAFrameworkReadsBackAsTheSameFramework() {
        IndexFramework original = fx.wardFramework();
        Grid grid = FrameworkSheet.grid("77", 2023, UnitLevel.WARD, original.getName(), FrameworkSheet.lines(original));
        Grid asRead = Grid.read(grid.name(), grid.rows().stream().map(r -> r.stream()
                .map(c -> c == null ? null : (Object) c.toString()).toList()).toList());
        IndexFramework copy = read(asRead);
        assertEquals(original.getName(), copy.getName());
        assertEquals(0, original.max().compareTo(copy.max()));
        assertEquals(original.criteria().size(), copy.criteria().size());
        assertEquals("Chính quyền số", copy.criterion("6.2").orElseThrow().getPillar().getName());
    }

    @Test
    void levelsAreReadInVietnameseOrAsTheirCodes() {
        assertEquals(UnitLevel.WARD, FrameworkSheet.levelOf("phường, xã").orElseThrow());
        assertEquals(UnitLevel.WARD, FrameworkSheet.levelOf("WARD").orElseThrow());
        assertEquals(UnitLevel.CITY, FrameworkSheet.levelOf("Cấp huyện").orElseThrow());
        assertEquals(UnitLevel.CITY, FrameworkSheet.levelOf("thị xã").orElseThrow());
        assertTrue(FrameworkSheet.levelOf("tỉnh").isEmpty());
        assertEquals("XIV", FrameworkSheet.roman(14));
    }

    private IndexFramework read(Grid grid) {
        ImportProblems problems = new ImportProblems();
        IndexFramework f = FrameworkSheet.read(grid, FrameworkSheet.header(grid, problems), fx.province, problems)
                .orElse(null);
        assertEquals(List.of(), where(problems));
        return f;
    }

    static List<String> where(ImportProblems problems) {
        return problems.list().stream().map(p -> p.row() + ":" + p.column() + " " + p.key()).toList();
    }

    static List<List<Object>> header(String issuer, String year, String level, String name) {
        return new ArrayList<>(List.of(List.of("BỘ CHỈ SỐ"), List.of("Mã đơn vị ban hành", issuer),
                List.of("Năm đánh giá", year), List.of("Cấp được đánh giá", level), List.of("Tên bộ chỉ số", name),
                List.of(), List.of("Mã", "Nội dung / tiêu chí", "Điểm tối đa")));
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @SafeVarargs
    static Grid sheet(List<List<Object>> header, List<Object>... rows) {
        List<List<Object>> all = new ArrayList<>(header);
        for (List<Object> row : rows) {
            all.add(row);
        }
        return Grid.read("Bộ chỉ số", all);
    }
}
