package vn.dtiplan.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void listsOnlyChangedFieldsInTheOrderOfTheNewValues() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("solution", "Cũ");
        before.put("due", LocalDate.of(2024, 6, 30));
        before.put("lead", "Bộ phận một cửa");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("due", LocalDate.of(2024, 5, 31));
        after.put("lead", "Bộ phận một cửa");
        after.put("solution", "Mới");
        Map<String, Change> changes = Change.between(before, after);
        assertEquals(List.of("due", "solution"), List.copyOf(changes.keySet()));
        assertEquals(new Change("2024-06-30", "2024-05-31"), changes.get("due"));
        assertEquals(new Change("Cũ", "Mới"), changes.get("solution"));
    }

    @Test
    void newAndRemovedValuesHaveANullSide() {
        Map<String, Object> before = new HashMap<>();
        before.put("note", "x");
        Map<String, Object> after = new HashMap<>();
        after.put("percent", 40);
        Map<String, Change> changes = Change.between(before, after);
        assertEquals(new Change(null, "40"), changes.get("percent"));
        assertEquals(new Change("x", null), changes.get("note"));
        assertTrue(Change.between(after, after).isEmpty());
    }
}
