package vn.dtiplan.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void aUnitNeverLeadsItsOwnTask() {
        assertEquals("UBND phường", UnitNames.leadOf("Phường 2", "Phường 2"));
        assertEquals("UBND phường", UnitNames.leadOf("Phường Hoàng Văn Thụ", "UBND phường Hoàng Văn Thụ"));
        assertEquals("UBND phường", UnitNames.leadOf("Phường 2", "Ủy ban nhân dân Phường 2"));
        assertEquals("UBND phường", UnitNames.leadOf("Phường 2", " "));
        assertEquals("UBND thành phố", UnitNames.leadOf("Thành phố Vũng Tàu", null));
        assertEquals("Bộ phận Một cửa", UnitNames.leadOf("Phường 2", " Bộ phận Một cửa "));
    }
}
