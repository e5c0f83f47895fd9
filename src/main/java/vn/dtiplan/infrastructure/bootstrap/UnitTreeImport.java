package vn.dtiplan.infrastructure.bootstrap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * Stores a unit list into an empty tree, parents before children (rows may come in any order).
 * Runs in the system scope: nobody asked for it but the configuration.
 */
@Stateless
public class UnitTreeImport {

    @Inject
    private Tenancy tenancy;

    @Inject
    private AdministrativeUnitRepository units;

    /** Whether the tree holds no unit yet. */
    public boolean isEmpty() {
        return units.isEmpty(tenancy.system());
    }

    /** Stores the rows, valid from {@code validFrom}; returns the stored units by code. */
    public Map<String, AdministrativeUnit> importRows(List<UnitCsv.Row> rows, LocalDate validFrom) {
        tenancy.system();
        Map<String, UnitCsv.Row> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put(r.code(), r));
        Map<String, AdministrativeUnit> stored = new HashMap<>();
        rows.forEach(r -> store(r, byCode, stored, validFrom));
        return stored;
    }

    private AdministrativeUnit store(UnitCsv.Row row, Map<String, UnitCsv.Row> byCode,
                                     Map<String, AdministrativeUnit> stored, LocalDate validFrom) {
        AdministrativeUnit done = stored.get(row.code());
        if (done != null) {
            return done;
        }
        AdministrativeUnit parent = null;
        if (!row.parentCode().isEmpty()) {
            UnitCsv.Row parentRow = byCode.get(row.parentCode());
            if (parentRow == null) {
                throw new IllegalArgumentException("unit " + row.code() + ": unknown parent " + row.parentCode());
            }
            parent = store(parentRow, byCode, stored, validFrom);
        }
        AdministrativeUnit unit = units.add(new AdministrativeUnit(row.code(), row.name(), row.type(), row.level(),
                parent, validFrom));
        stored.put(row.code(), unit);
        return unit;
    }
}
