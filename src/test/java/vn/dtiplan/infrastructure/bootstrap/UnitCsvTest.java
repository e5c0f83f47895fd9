package vn.dtiplan.infrastructure.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.unit.UnitLevel;

class UnitCsvTest {

    @Test
    void readsTheOfficialListWithWindowsLineEnds() {
        List<UnitCsv.Row> rows = UnitCsv.read(new StringReader("code,name,type,level,parent_code\r\n"
                + "77,Tỉnh Bà Rịa - Vũng Tàu,tinh,PROVINCE,\r\n"
                + "747,Thành phố Vũng Tàu,thanh-pho,CITY,77\r\n"
                + "26509,Phường 2,phuong,WARD,747\r\n\r\n"));
        assertEquals(3, rows.size());
        assertEquals(new UnitCsv.Row("77", "Tỉnh Bà Rịa - Vũng Tàu", "tinh", UnitLevel.PROVINCE, "", 2), rows.get(0));
        assertEquals(new UnitCsv.Row("26509", "Phường 2", "phuong", UnitLevel.WARD, "747", 4), rows.get(2));
    }

    @Test
    void the2025ListGivesTheTypeThroughTheName() {
        List<UnitCsv.Row> rows = UnitCsv.read(new StringReader("code,name,type,level,parent_code\n"
                + "26506,Phường  Vũng Tàu,,WARD,79\n"
                + "26545,Xã Long Sơn,,WARD,79\n"
                + "26680,Đặc khu Côn Đảo,,WARD,79\n"));
        assertEquals(List.of("phuong", "xa", "dac-khu"), rows.stream().map(UnitCsv.Row::type).toList());
        assertEquals("Phường Vũng Tàu", rows.get(0).name());
    }

    @Test
    void malformedListsAreRefusedWithTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitCsv.read(
                new StringReader("code,name,type,level,parent_code\n77,Tỉnh,tinh,PROVINCE\n")));
        assertEquals("line 2: expected 5 fields, found 4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> UnitCsv.read(new StringReader("ma,ten\n")));
        assertThrows(IllegalArgumentException.class, () -> UnitCsv.read(
                new StringReader("code,name,type,level,parent_code\n77,Tỉnh,tinh,TINH,\n")));
    }

    @Test
    void aQuotedNameMayHoldACommaOrAQuote() {
        List<UnitCsv.Row> rows = UnitCsv.read(new StringReader("code,name,type,level,parent_code\n"
                + "26509,\"Phường 2, Vũng Tàu\",phuong,WARD,747\n"
                + "26512,\"Xã \"\"Long Sơn\"\"\",,WARD,747\n"));
        assertEquals(new UnitCsv.Row("26509", "Phường 2, Vũng Tàu", "phuong", UnitLevel.WARD, "747", 2), rows.get(0));
        assertEquals("Xã \"Long Sơn\"", rows.get(1).name());
        assertEquals("xa", rows.get(1).type());
    }

    @Test
    void theOfficialListsStillParse() throws IOException {
        for (String year : List.of("2024", "2025")) {
            String name = "units-" + year + ".csv";
            List<UnitCsv.Row> rows;
            try (Reader reader = OfficialLists.open(name)) {
                rows = UnitCsv.read(reader);
            }
            try (BufferedReader lines = new BufferedReader(OfficialLists.open(name))) {
                assertEquals(lines.lines().skip(1).filter(l -> !l.isBlank()).count(), rows.size(), year);
            }
        }
    }
}
