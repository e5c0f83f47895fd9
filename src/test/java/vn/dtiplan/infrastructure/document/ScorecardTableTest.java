package vn.dtiplan.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dtiplan.domain.framework.Frameworks.d;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.assessment.Adjustment;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.ScoreSide;
import vn.dtiplan.domain.assessment.Scorecard;
import vn.dtiplan.domain.framework.Frameworks;

/** Phường 2's 2023 scorecard (seed 000) exported and read back: the same figures as the seed's table. */
class ScorecardTableTest {

    static final String[] PHUONG2 = {"6", "9.5", "3", "10", "2.5", "38.605", "3", "11.5"};

    @Test
    void phuong2ScorecardReadsBackWithTheSeedFigures() throws IOException {
        Frameworks units = new Frameworks();
        Assessment assessment = new Assessment(units.ward2, units.wardFramework());
        Map<String, BigDecimal> pillars = new LinkedHashMap<>();
        for (int i = 0; i < PHUONG2.length; i++) {
            pillars.put(Frameworks.PILLARS[i], d(PHUONG2[i]));
        }
        assessment.record(ScoreSide.APPRAISAL, pillars, Map.of());
        assessment.replaceAdjustments(List.of(new Adjustment(d("-1"), "Tự chấm cao hơn điểm thẩm định trên 5 %")));
        assessment.recordPublishedTotal(d("83.105"));
        Scorecard card = assessment.scorecard();
        byte[] bytes = new XlsxTableWriter().write(ScorecardTable.of("Phường 2", 2023, card, 2, 17));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Phường 2 - năm 2023, xếp thứ 2/17", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(ScorecardTable.HEADERS, List.of(text(sheet, 0, 0), text(sheet, 0, 1), text(sheet, 0, 2),
                    text(sheet, 0, 3), text(sheet, 0, 4)));
            for (int i = 0; i < PHUONG2.length; i++) {
                Row row = sheet.getRow(XlsxTableWriter.HEADER_ROW + 1 + i);
                assertEquals(Integer.toString(i + 1), row.getCell(0).getStringCellValue());
                assertEquals(Frameworks.PILLARS[i], row.getCell(1).getStringCellValue());
                assertEquals(Double.parseDouble(PHUONG2[i]), row.getCell(2).getNumericCellValue(), 1e-9);
                assertEquals(Frameworks.WARD_MAXIMA[i], row.getCell(3).getNumericCellValue(), 1e-9);
            }
            Row chinhQuyen = sheet.getRow(XlsxTableWriter.HEADER_ROW + 6);
            assertEquals(11.395, chinhQuyen.getCell(4).getNumericCellValue(), 1e-9, "points lost");
            Row adjustment = sheet.getRow(XlsxTableWriter.HEADER_ROW + 9);
            assertEquals("Điểm cộng, trừ", adjustment.getCell(1).getStringCellValue());
            assertEquals(-1, adjustment.getCell(2).getNumericCellValue(), 1e-9);
            Row total = sheet.getRow(XlsxTableWriter.HEADER_ROW + 10);
            assertEquals("Tổng điểm", total.getCell(1).getStringCellValue());
            assertEquals(83.105, total.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(100, total.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(XlsxTableWriter.HEADER_ROW + 10, sheet.getLastRowNum(), "published = computed: no difference line");
        }
    }

    @Test
    void aPublishedTotalOffTheSumShowsTheDifference() {
        Frameworks units = new Frameworks();
        Assessment assessment = new Assessment(units.ward3, units.wardFramework());
        Map<String, BigDecimal> pillars = new LinkedHashMap<>();
        for (String p : Frameworks.PILLARS) {
            pillars.put(p, d("1"));
        }
        assessment.record(ScoreSide.APPRAISAL, pillars, Map.of());
        assessment.recordPublishedTotal(d("7"));
        XlsxTable table = ScorecardTable.of("Phường 3", 2023, assessment.scorecard(), null, null);
        List<Object> last = table.rows().get(table.rows().size() - 1);
        assertEquals("Chênh lệch giữa tổng công bố và tổng các nội dung", last.get(1));
        assertEquals(0, d("-1").compareTo((BigDecimal) last.get(2)));
        assertEquals("Phường 3 - năm 2023", table.caption());
    }

    private static String text(Sheet sheet, int row, int column) {
        var cell = sheet.getRow(XlsxTableWriter.HEADER_ROW + row).getCell(column);
        assertEquals(CellType.STRING, cell.getCellType());
        return cell.getStringCellValue();
    }
}
