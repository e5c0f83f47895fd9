package vn.dtiplan.infrastructure.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitListCheckTest {

    private static final String HEADER = "code,name,type,level,parent_code\n";

    @Test
    void aBadListIsRefusedWithEveryProblemAndItsLine() {
        UnitCsv.Checked checked = UnitCsv.readChecked(new StringReader(HEADER
                + "77,Tỉnh Bà Rịa - Vũng Tàu,tinh,PROVINCE,\n"
                + "747,Thành phố Vũng Tàu,thanh-pho,CITY\n"
                + "26509,Phường 2,phuong,WARD,747\n"
                + "26512,Phường 3,phuong,TOWN,747\n"
                + ",Phường 4,phuong,WARD,77\n"), "bad.csv");
        assertEquals(List.of("bad.csv line 3: expected 5 fields, found 4", "bad.csv line 5: unknown level 'TOWN'",
                "bad.csv line 6: code and name are required"), checked.problems());
    }

    @Test
    void codesTwiceUnknownParentsAndMisplacedLevelsAreFoundAfterTheForm() {
        UnitCsv.Checked checked = UnitCsv.readChecked(new StringReader(HEADER
                + "77,Tỉnh Bà Rịa - Vũng Tàu,tinh,PROVINCE,\n"
                + "26509,Phường 2,phuong,WARD,77\n"
                + "26509,Phường 2 bis,phuong,WARD,77\n"
                + "26512,Phường 3,phuong,WARD,999\n"
                + "26515,Phường 4,phuong,WARD,26509\n"
                + "26516,Thôn 1,thon,HAMLET,26509\n"), "dup.csv");
        assertEquals(List.of("dup.csv line 4: code 26509 already on line 3", "dup.csv line 5: parent 999 is not in the list",
                "dup.csv line 6: a WARD cannot stand under a WARD"), checked.problems());
    }

    @Test
    void theOfficialListsAndMappingAreClean() throws IOException {
        for (String file : List.of("units-2024.csv", "units-2025.csv")) {
            try (Reader r = OfficialLists.open(file)) {
                assertEquals(List.of(), UnitCsv.readChecked(r, file).problems());
            }
        }
        try (Reader r = OfficialLists.open("ward-mappings-2025.csv")) {
            WardMappingCsv.Checked mappings = WardMappingCsv.read(r, "ward-mappings-2025.csv");
            assertEquals(List.of(), mappings.problems());
            assertEquals(10_977, mappings.mappings().size());
        }
        WardMappingCsv.Checked bad = WardMappingCsv.read(new StringReader(
                "old_ward_code,old_ward_name,old_district_name,old_province_name,new_ward_code,new_ward_name,new_province_name\n"
                        + "26506,Phường 1,Thành phố Vũng Tàu,Tỉnh Bà Rịa - Vũng Tàu,,Phường Vũng Tàu,Hồ Chí Minh\n"),
                "m.csv");
        assertTrue(bad.problems().get(0).startsWith("m.csv line 2:"), bad.problems().toString());
    }
}
