package vn.dtiplan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TenantScopeTest {

    private final TenantScope city = TenantScope.subtree(5, "1.5");

    @Test
    void subtreeCoversItselfAndDescendantsOnly() {
        assertTrue(city.covers("1.5"));
        assertTrue(city.covers("1.5.23"));
        assertTrue(city.covers("1.5.23.40"));
        assertFalse(city.covers("1"), "the province above");
        assertFalse(city.covers("1.6"), "a sibling city");
        assertFalse(city.covers("1.55"), "a prefix without separator is not a descendant");
        assertFalse(city.covers(null));
    }

    @Test
    void noneCoversNothingAndAllCoversEveryStoredUnit() {
        assertFalse(TenantScope.none().covers("1"));
        assertTrue(TenantScope.all().covers("7.8.9"));
        assertFalse(TenantScope.all().covers(null));
    }

    @Test
    void ancestorsAreKnownButNotCovered() {
        assertTrue(city.isBelow("1"));
        assertFalse(city.isBelow("1.5"));
        assertFalse(city.isBelow("2"));
        assertFalse(TenantScope.all().isBelow("1"));
    }

    @Test
    void databaseSettingDeniesByDefault() {
        assertEquals("", TenantScope.none().databaseSetting());
        assertEquals("*", TenantScope.all().databaseSetting());
        assertEquals("1.5", city.databaseSetting());
    }

    @Test
    void jpqlParametersMatchTheRule() {
        assertEquals("1.5", city.path());
        assertEquals("1.5.%", city.descendantsPattern());
        assertEquals("", TenantScope.none().path());
    }

    @Test
    void malformedPathsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TenantScope.subtree(1, ""));
        assertThrows(IllegalArgumentException.class, () -> TenantScope.subtree(1, "1."));
        assertThrows(IllegalArgumentException.class, () -> TenantScope.subtree(1, ".1"));
    }

    @Test
    void scopesAreValues() {
        assertEquals(TenantScope.subtree(5, "1.5"), city);
        assertFalse(city.equals(TenantScope.subtree(6, "1.6")));
        assertEquals(5L, city.unitId().orElseThrow());
        assertTrue(TenantScope.all().unitId().isEmpty());
    }
}
