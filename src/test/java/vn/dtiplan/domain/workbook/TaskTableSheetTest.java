package vn.dtiplan.domain.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.plan.TaskContent;

class TaskTableSheetTest {

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** The appendix as offices write it: a title, the header, column numbers, a heading, tasks. */
    private static Grid appendix(List<Object> lastRow) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("PHỤ LỤC: DANH MỤC NHIỆM VỤ, GIẢI PHÁP NĂM 2025"));
        rows.add(row());
        rows.add(row("STT", "Tiêu chí", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp",
                "Thời gian thực hiện", "Kết quả/minh chứng", "Ghi chú"));
        rows.add(row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"));
        rows.add(row("I", "Chuyển đổi nhận thức số"));
        rows.add(row("1", "6.4. Tỷ lệ hồ sơ trực tuyến toàn trình", "Tăng tỷ lệ hồ sơ trực tuyến",
                "Bộ phận Một cửa", "Công an phường; Văn phòng", "Quý II/2025", "Báo cáo", "ưu tiên"));
        rows.add(row());
        rows.add(lastRow);
        return Grid.read("Phụ lục", rows);
    }

    @Test
    void readsTheTasksUnderTheHeaderSkippingNumbersAndHeadings() {
        List<TaskTableSheet.Row> rows = TaskTableSheet.read(List.of(
                Grid.read("Ghi chú", List.of(row("Hướng dẫn"))),
                appendix(row("2", "", "Tuyên truyền chuyển đổi số", "Bộ phận Văn hóa", "", "Thường xuyên"))));
        assertEquals(2, rows.size());
        TaskContent first = rows.get(0).content();
        assertEquals("Phụ lục", rows.get(0).sheet());
        assertEquals(6, rows.get(0).row());
        assertEquals("6.4", first.criterionCode());
        assertEquals("Tỷ lệ hồ sơ trực tuyến toàn trình", first.criterionTitle());
        assertEquals("Tăng tỷ lệ hồ sơ trực tuyến", first.solution());
        assertEquals("Bộ phận Một cửa", first.lead());
        assertEquals(List.of("Công an phường", "Văn phòng"), first.coordinating());
        assertEquals("Quý II/2025", first.timeframe());
        assertEquals("Báo cáo", first.evidence());
        TaskContent second = rows.get(1).content();
        assertEquals(8, rows.get(1).row());
        assertNull(second.criterionCode());
        assertEquals(List.of(), second.coordinating());
        assertEquals("Thường xuyên", second.timeframe());
    }

    @Test
    void aRowWithoutItsTaskIsNamedBySheetRowAndColumn() {
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> TaskTableSheet.read(List.of(
                appendix(row("2", "1.1", "", "Bộ phận Văn hóa", "", "Quý III/2025")))));
        assertEquals(List.of(new ImportProblem("Phụ lục", 8, "C", "import.tasks.solution.missing", List.of())),
                refused.problems());
    }

    @Test
    void tooLongCellsAreNamedAndNothingIsRead() {
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> TaskTableSheet.read(List.of(
                appendix(row("2", "", "Việc", "x".repeat(401), "", "Quý III/2025")))));
        assertEquals("D", refused.problems().get(0).column());
        assertEquals(8, refused.problems().get(0).row());
    }

    @Test
    void aWorkbookWithoutTheHeaderIsRefused() {
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> TaskTableSheet.read(List.of(
                Grid.read("Sheet1", List.of(row("Mã", "Tên"), row("1", "Việc"))))));
        assertEquals("import.tasks.header.missing", refused.problems().get(0).key());
        assertEquals("Sheet1", refused.problems().get(0).sheet());
    }
}
