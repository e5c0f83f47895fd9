package vn.dtiplan.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.tenancy.TenantScope;

class ScopeFilterTest {

    private final TenantScope city = TenantScope.subtree(5, "1.5");

    @Test
    void writesInsideTheSubtreePass() {
        assertDoesNotThrow(() -> ScopeFilter.requireWritable(city, "1.5"));
        assertDoesNotThrow(() -> ScopeFilter.requireWritable(city, "1.5.23"));
        assertDoesNotThrow(() -> ScopeFilter.requireWritable(TenantScope.system(), "9.8"));
    }

    @Test
    void writesOutsideAreNotFoundLikeReads() {
        assertThrows(RecordNotFoundException.class, () -> ScopeFilter.requireWritable(city, "1"));
        assertThrows(RecordNotFoundException.class, () -> ScopeFilter.requireWritable(city, "1.55"));
        assertThrows(RecordNotFoundException.class, () -> ScopeFilter.requireWritable(TenantScope.none(), "1.5"));
    }

    @Test
    void coversRendering() {
        assertTrue(ScopeFilter.on("r.unitPath").startsWith(
                "(:scopeAll = TRUE OR r.unitPath = :scopePath OR r.unitPath LIKE :scopeDescendants OR (:scopeMerged"));
    }
}
