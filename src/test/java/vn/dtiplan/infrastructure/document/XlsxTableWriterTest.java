package vn.dtiplan.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.document.Table;

class XlsxTableWriterTest {

    @Test
    void figuresAreNumbersAndTextStaysText() throws IOException {
        Table table = new Table("Điểm", "KẾT QUẢ ĐÁNH GIÁ", "Phường 2 - năm 2023",
                List.of("STT", "Nội dung đánh giá", "Điểm đạt được", "Điểm tối đa"),
                List.of(List.of("6", "Chính quyền số", new BigDecimal("38.605"), 50),
                        List.of("", "Tổng", new BigDecimal("83.105"), 100)),
                new int[]{6, 30, 14, 14}, Set.of(1));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new XlsxTableWriter().write(table)))) {
            Sheet sheet = book.getSheet("Điểm");
            var row = sheet.getRow(XlsxTableWriter.HEADER_ROW + 1);
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertEquals(38.605, row.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(50, row.getCell(3).getNumericCellValue(), 1e-9);
            var total = sheet.getRow(XlsxTableWriter.HEADER_ROW + 2);
            assertEquals(83.105, total.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(true, book.getFontAt(total.getCell(1).getCellStyle().getFontIndex()).getBold());
            assertEquals(false, book.getFontAt(row.getCell(1).getCellStyle().getFontIndex()).getBold());
        }
    }

    @Test
    void rowsMustFitTheHeaders() {
        assertThrows(IllegalArgumentException.class, () -> new Table("s", "t", "c", List.of("a", "b"),
                List.of(List.of("1")), new int[]{5, 5}, Set.of()));
    }
}
