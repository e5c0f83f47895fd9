package vn.dtiplan.application.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dtiplan.application.AssessmentView;
import vn.dtiplan.application.ChildRanking;
import vn.dtiplan.application.plan.MatrixView;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.application.progress.UnitProgressView;
import vn.dtiplan.domain.assessment.PointsAtStake;
import vn.dtiplan.domain.document.Table;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.progress.DueState;
import vn.dtiplan.domain.progress.ProgressStatus;
import vn.dtiplan.domain.progress.Rollup;
import vn.dtiplan.infrastructure.document.XlsxTableWriter;

/** The export tables written and read back: the screens' figures and words in the seeds' column order. */
class ExportTablesTest {

    static final String[] PILLARS = {"Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số", "An toàn thông tin mạng",
            "Chính quyền số", "Kinh tế số", "Xã hội số"};
    static final String[] PHUONG2 = {"6", "9.5", "3", "10", "2.5", "38.605", "3", "11.5"};
    static final String[] MAXIMA = {"6", "11", "3", "10", "3", "50", "4", "13"};
    static final int FIRST = 4;

    @Test
    void phuong2ScorecardReadsBackWithTheSeedFigures() throws IOException {
        AssessmentView card = phuong2(d("83.105"), d("83.105"));
        try (XSSFWorkbook book = read(ScorecardTable.of(card))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Phường 2 - năm 2023, xếp thứ 2/17", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(ScorecardTable.HEADERS, texts(sheet.getRow(FIRST - 1)));
            for (int i = 0; i < PHUONG2.length; i++) {
                Row row = sheet.getRow(FIRST + i);
                assertEquals(Integer.toString(i + 1), row.getCell(0).getStringCellValue());
                assertEquals(PILLARS[i], row.getCell(1).getStringCellValue());
                assertEquals(Double.parseDouble(PHUONG2[i]), row.getCell(2).getNumericCellValue(), 1e-9);
                assertEquals(Double.parseDouble(MAXIMA[i]), row.getCell(3).getNumericCellValue(), 1e-9);
            }
            assertEquals(11.395, sheet.getRow(FIRST + 5).getCell(4).getNumericCellValue(), 1e-9, "points lost");
            Row adjustment = sheet.getRow(FIRST + 8);
            assertEquals("Điểm cộng, trừ: Tự chấm cao hơn điểm thẩm định trên 5 %", adjustment.getCell(1).getStringCellValue());
            assertEquals(-1, adjustment.getCell(2).getNumericCellValue(), 1e-9);
            Row total = sheet.getRow(FIRST + 9);
            assertEquals("Tổng điểm", total.getCell(1).getStringCellValue());
            assertEquals(83.105, total.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(100, total.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(FIRST + 9, sheet.getLastRowNum(), "published = computed: no difference line");
            Sheet gaps = book.getSheetAt(1);
            assertEquals(CellType.STRING, gaps.getRow(FIRST).getCell(0).getCellType(), "codes stay text");
            assertEquals("6.10", gaps.getRow(FIRST).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aPublishedTotalOffTheComputedOneShowsTheDifference() {
        Table table = ScorecardTable.pillars(phuong2(d("84.105"), d("83.105")));
        List<Object> last = table.rows().get(table.rows().size() - 1);
        assertEquals(ScorecardTable.DIFFERENCE, last.get(1));
        assertEquals(0, d("-1").compareTo((BigDecimal) last.get(2)), "published − computed");
    }

    @Test
    void matrixCellsCarryTheScreensStateWords() throws IOException {
        MatrixView matrix = new MatrixView(7, "4638/KH-UBND",
                List.of(new MatrixView.Column(11, 1, "3.10", "Số hóa hồ sơ"), new MatrixView.Column(12, 2, null, "Tập huấn")),
                List.of(new MatrixView.Row("P1", "Phường 1", List.of(new MatrixView.Cell(11, 21L, InheritanceState.ADOPTED),
                                new MatrixView.Cell(12, 22L, InheritanceState.PENDING)), 1),
                        new MatrixView.Row("P2", "Phường 2", List.of(new MatrixView.Cell(11, 23L, InheritanceState.DECLINED),
                                new MatrixView.Cell(12, null, null)), 0)));
        try (XSSFWorkbook book = read(MatrixTable.of(matrix))) {
            Sheet units = book.getSheetAt(0);
            assertEquals(List.of("STT", "Đơn vị", "1 (3.10)", "2", "Còn chờ"), texts(units.getRow(FIRST - 1)));
            assertEquals(List.of("1", "Phường 1", "Tiếp nhận", "Chờ quyết định"), texts(units.getRow(FIRST)).subList(0, 4));
            assertEquals(1, units.getRow(FIRST).getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(List.of("2", "Phường 2", "Từ chối", "Không giao"), texts(units.getRow(FIRST + 1)).subList(0, 4));
            Sheet tasks = book.getSheetAt(1);
            assertEquals("3.10", tasks.getRow(FIRST).getCell(1).getStringCellValue());
            assertEquals(1, tasks.getRow(FIRST).getCell(3).getNumericCellValue(), 1e-9, "adopted");
            assertEquals(1, tasks.getRow(FIRST).getCell(6).getNumericCellValue(), 1e-9, "declined");
        }
    }

    @Test
    void progressHoldsTheRollupAndTheTasks() throws IOException {
        UnitProgressView unit = new UnitProgressView("VT", "Thành phố Vũng Tàu", new Rollup(10, 2, 5, 1, 3, 1),
                new PointsAtStake.Projection(2023, d("87.381"), d("90.2"), d("100")),
                List.of(new UnitProgressView.Child("P2", "Phường 2", new Rollup(4, 1, 2, 0, 1, 1))));
        TaskProgressRow task = new TaskProgressRow(5, "4638/KH-UBND", "6.10", d("1.5"), "Số hóa hồ sơ", "Văn phòng",
                "Quý II/2024", LocalDate.of(2024, 6, 5), null, ProgressStatus.IN_PROGRESS, 40, DueState.OVERDUE,
                LocalDate.of(2024, 5, 2), 3, "Chính quyền số");
        try (XSSFWorkbook book = read(ProgressTable.of(unit, List.of(task)))) {
            Sheet counts = book.getSheetAt(0);
            assertEquals("Thành phố Vũng Tàu và các đơn vị trực thuộc; điểm chỉ số năm 2023: 87.381 → 90.2 / 100 nếu "
                    + "hoàn thành các nhiệm vụ đã nhận", counts.getRow(1).getCell(0).getStringCellValue());
            assertEquals(ProgressTable.COUNT_HEADERS, texts(counts.getRow(FIRST - 1)));
            assertEquals(List.of(10.0, 2.0, 3.0, 1.0, 30.0), numbers(counts.getRow(FIRST), 2, 7));
            assertEquals("Phường 2", counts.getRow(FIRST + 1).getCell(1).getStringCellValue());
            assertEquals(List.of(4.0, 1.0, 1.0, 1.0, 25.0), numbers(counts.getRow(FIRST + 1), 2, 7));
            Sheet tasks = book.getSheetAt(1);
            assertEquals(ProgressTable.TASK_HEADERS, texts(tasks.getRow(FIRST - 1)));
            Row row = tasks.getRow(FIRST);
            assertEquals(List.of("1", "6.10", "Số hóa hồ sơ", "4638/KH-UBND", "Văn phòng", "Quý II/2024", "05/06/2024"),
                    texts(row).subList(0, 7));
            assertEquals(1.5, row.getCell(7).getNumericCellValue(), 1e-9, "points at stake");
            assertEquals(List.of("Quá hạn", "Đang thực hiện"), texts(row).subList(8, 10));
            assertEquals(40, row.getCell(10).getNumericCellValue(), 1e-9);
            assertEquals("02/05/2024", row.getCell(11).getStringCellValue());
            assertEquals(3, row.getCell(12).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void anotherIndexsScorecardIsHeadedWithItsFrameworkAndCaptionedWithItsGrade() throws IOException {
        AssessmentView dti = phuong2(d("83.105"), d("83.105"));
        AssessmentView par = new AssessmentView(dti.unitCode(), dti.unitName(), dti.parentCode(), dti.year(), 9,
                "Chỉ số CCHC phường 2023", dti.status(), dti.total(), dti.computedTotal(), dti.publishedTotal(),
                dti.difference(), dti.max(), 3, 33, 3, 33, null, null, dti.pillars(), dti.gaps(), dti.criterionGaps(),
                dti.adjustments(), dti.steps(), null, null, null, List.of(), "PAR", "Tốt",
                List.of(new AssessmentView.RankLine("VT", "Thành phố Vũng Tàu", 3, 33, true)), 0);
        try (XSSFWorkbook book = read(ScorecardTable.of(par))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CCHC PHƯỜNG 2023", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Phường 2 - năm 2023, xếp thứ 3/33, xếp loại Tốt", sheet.getRow(1).getCell(0).getStringCellValue());
        }
        try (XSSFWorkbook book = read(ScorecardTable.of(dti))) {
            assertEquals("KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void rankingListsTheChildrenWithTheirPillars() throws IOException {
        List<AssessmentView.PillarLine> pillars = pillarLines();
        ChildRanking ranking = new ChildRanking("VT", "Thành phố Vũng Tàu", 2023, false, List.of(
                new ChildRanking.Row("P2", "Phường 2", d("83.105"), d("83.105"), d("100"), 2, 17, null, pillars),
                new ChildRanking.Row("P9", "Phường 9", null, null, null, null, null, null, List.of())));
        try (XSSFWorkbook book = read(List.of(RankingTable.of(ranking)))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> headers = texts(sheet.getRow(FIRST - 1));
            assertEquals(RankingTable.HEADERS, headers.subList(0, 4));
            assertEquals("Chính quyền số (50)", headers.get(9));
            Row p2 = sheet.getRow(FIRST);
            assertEquals(2, p2.getCell(0).getNumericCellValue(), 1e-9);
            assertEquals("Phường 2", p2.getCell(2).getStringCellValue());
            assertEquals(83.105, p2.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(38.605, p2.getCell(9).getNumericCellValue(), 1e-9);
            assertEquals(RankingTable.NOT_SCORED, sheet.getRow(FIRST + 1).getCell(3).getStringCellValue());
        }
    }

    @Test
    void stateWordsAreTheVietnameseScreensWords() throws IOException {
        Properties vi = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vn/dtiplan/interfaces/web/messages_vi.properties")) {
            vi.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Words.STATES.forEach((s, word) -> assertEquals(vi.getProperty("state." + s), word));
        assertEquals(vi.getProperty("state.NONE"), Words.state(null));
        Words.STATUSES.forEach((s, word) -> assertEquals(vi.getProperty("progress." + s), word));
        Words.DUE_STATES.forEach((s, word) -> assertEquals(vi.getProperty("due." + s), word));
        assertEquals(InheritanceState.values().length, Words.STATES.size());
        assertEquals(DueState.values().length, Words.DUE_STATES.size());
    }

    static AssessmentView phuong2(BigDecimal computed, BigDecimal published) {
        BigDecimal difference = published.subtract(computed);
        return new AssessmentView("P2", "Phường 2", "VT", 2023, 1, "Bộ chỉ số cấp xã 2023", "PUBLISHED", published,
                computed, published, difference, d("100"), 2, 17, 2, 17, null, null, pillarLines(), List.of(),
                List.of(new AssessmentView.CriterionGap("6.10", "Tỷ lệ hồ sơ trực tuyến", "Chính quyền số", "6", d("3"),
                        d("1"), d("2"))),
                List.of(new AssessmentView.AdjustmentLine(d("-1"), "Tự chấm cao hơn điểm thẩm định trên 5 %")),
                List.of(), null, null, null, List.of());
    }

    static List<AssessmentView.PillarLine> pillarLines() {
        List<AssessmentView.PillarLine> lines = new ArrayList<>();
        for (int i = 0; i < PILLARS.length; i++) {
            lines.add(new AssessmentView.PillarLine(PILLARS[i], d(PHUONG2[i]), d(MAXIMA[i]), null, d(PHUONG2[i]), false));
        }
        return lines;
    }

    private static XSSFWorkbook read(List<Table> tables) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(new XlsxTableWriter().write(tables)));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "#" + c.getNumericCellValue()));
        return texts;
    }

    private static List<Double> numbers(Row row, int from, int to) {
        List<Double> numbers = new ArrayList<>();
        for (int c = from; c < to; c++) {
            numbers.add(row.getCell(c).getNumericCellValue());
        }
        return numbers;
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
