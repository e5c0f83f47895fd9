package vn.dtiplan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.domain.unit.UnitLevel;

class ChoicesTest {

    private static UnitView unit(String code, String name) {
        return new UnitView(1, code, name, "", UnitLevel.WARD, null, List.of(), null, null, 0);
    }

    private final Choices choices = Choices.ofUnits(List.of(unit("26506", "Phường Vũng Tàu"),
            unit("26509", "Phường Tam Thắng"), unit("747", "Thành phố Vũng Tàu"), unit("26560", "Xã Long Sơn")));

    @Test
    void aQueryFindsNamesWithoutCaseOrDiacriticsAndCodes() {
        assertEquals(List.of("26506", "747"), choices.complete("vung tau"));
        assertEquals(List.of("26509"), choices.complete("THẮNG"));
        assertEquals(List.of("26506", "26509", "26560"), choices.complete("265"));
        assertEquals(List.of(), choices.complete("Đà Nẵng"));
    }

    @Test
    void aBlankQueryOffersTheFirstUnitsOnly() {
        List<UnitView> many = new ArrayList<>();
        for (int i = 0; i < 3 * Choices.SHOWN; i++) {
            many.add(unit("W" + i, "Phường " + i));
        }
        List<String> offered = Choices.ofUnits(many).complete("");
        assertEquals(Choices.SHOWN, offered.size());
        assertEquals("W0", offered.get(0));
        assertEquals(List.of("W1", "W10"), Choices.ofUnits(many).complete("W1").subList(0, 2));
    }

    @Test
    void aCodeIsShownAsNameAndCode() {
        assertEquals("Xã Long Sơn (26560)", choices.label("26560"));
        assertEquals("99999", choices.label("99999"));
        assertEquals("", choices.label(null));
    }
}
