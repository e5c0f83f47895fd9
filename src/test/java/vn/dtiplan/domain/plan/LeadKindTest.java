package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LeadKindTest {

    @Test
    void childUnitsAreRecognisedWithOrWithoutDiacritics() {
        assertTrue(LeadKind.namesChildUnits("UBND các phường, xã"));
        assertTrue(LeadKind.namesChildUnits("Ủy ban nhân dân các phường, xã"));
        assertTrue(LeadKind.namesChildUnits("UBND cac phuong, xa"));
        assertFalse(LeadKind.namesChildUnits("Phòng Văn hóa và Thông tin"));
    }

    @Test
    void foldingIgnoresCaseDiacriticsAndSpacing() {
        assertEquals(LeadKind.fold("Bộ phận  Văn hóa - Xã hội"), LeadKind.fold("bo phan van hoa - xa hoi"));
        assertEquals("dia chinh", LeadKind.fold("Địa chính"));
    }
}
