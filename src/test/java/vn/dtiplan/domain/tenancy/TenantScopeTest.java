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
        assertTrue(TenantScope.system().covers("7.8.9"));
        assertFalse(TenantScope.system().covers(null));
    }

    @Test
    void ancestorsAreKnownButNotCovered() {
        assertTrue(city.isBelow("1"));
        assertFalse(city.isBelow("1.5"));
        assertFalse(city.isBelow("2"));
        assertFalse(TenantScope.system().isBelow("1"));
    }

    @Test
    void databaseSettingDeniesByDefault() {
        assertEquals("", TenantScope.none().databaseSetting());
        assertEquals("*", TenantScope.system().databaseSetting());
        assertEquals("1.5", city.databaseSetting());
    }

    @Test
    void pathIsTheSubtreeTop() {
        assertEquals("1.5", city.path());
        assertEquals("", TenantScope.none().path());
        assertEquals("", TenantScope.system().path());
    }

    @Test
    void systemAndAdministratorReachTheWholeTree() {
        assertTrue(TenantScope.system().isAll());
        assertEquals(TenantScope.system(), TenantScope.administrator());
    }

    @Test
    void malformedPathsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TenantScope.subtree(1, ""));
        assertThrows(IllegalArgumentException.class, () -> TenantScope.subtree(1, "1."));
        assertThrows(IllegalArgumentException.class, () -> TenantScope.subtree(1, ".1"));
        assertThrows(IllegalArgumentException.class, () -> TenantScope.subtree(1, "1..2"));
        assertThrows(IllegalArgumentException.class, () -> TenantScope.subtree(1, null));
    }

    @Test
    void scopesAreValues() {
        assertEquals(TenantScope.subtree(5, "1.5"), city);
        assertFalse(city.equals(TenantScope.subtree(6, "1.6")));
        assertEquals(5L, city.unitId().orElseThrow());
        assertTrue(TenantScope.system().unitId().isEmpty());
    }
}
