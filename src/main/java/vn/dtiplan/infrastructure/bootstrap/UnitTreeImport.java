package vn.dtiplan.infrastructure.bootstrap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.reorganisation.UnitSuccession;
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

    @PersistenceContext(unitName = "dtiplan")
    private EntityManager em;

    /** Whether the tree holds no unit yet. */
    public boolean isEmpty() {
        return units.isEmpty(tenancy.system());
    }

    /** Stores the rows, valid from {@code validFrom}; returns the stored units by code. */
    public Map<String, AdministrativeUnit> importRows(List<UnitCsv.Row> rows, LocalDate validFrom) {
        return store(rows, validFrom, null);
    }

    /** Whether a past tree was imported already: some unit was in force on {@code lastDay}. */
    public boolean hasHistory(LocalDate lastDay) {
        return !units.findOn(tenancy.system(), lastDay).isEmpty();
    }

    /**
     * Stores a past tree valid from {@code validFrom} to {@code lastDay} and records, for each
     * mapping line, which unit of today's tree took the old ward over ({@code unit_succession}).
     * A line naming a ward that is in neither list (the official sources disagree on a few
     * hundred) is counted, not stored. One transaction: all or nothing.
     */
    public HistoryImported importHistory(List<UnitCsv.Row> rows, List<WardMappingCsv.Mapping> mappings,
                                         LocalDate validFrom, LocalDate lastDay) {
        Map<String, AdministrativeUnit> old = store(rows, validFrom, lastDay);
        Map<String, AdministrativeUnit> today = new HashMap<>();
        units.findOn(tenancy.system(), lastDay.plusDays(1)).forEach(u -> today.put(u.getCode(), u));
        Map<String, List<AdministrativeUnit>> byNames = new HashMap<>();
        old.values().stream().filter(u -> u.getParent() != null && u.getParent().getParent() != null).forEach(u ->
                byNames.computeIfAbsent(names(u.getName(), u.getParent().getName(), u.getParent().getParent().getName()),
                        k -> new ArrayList<>()).add(u));
        Set<String> pairs = new HashSet<>();
        int unmatched = 0;
        for (WardMappingCsv.Mapping m : mappings) {
            AdministrativeUnit predecessor = m.oldCode().isEmpty()
                    ? single(byNames.get(names(m.oldName(), m.oldDistrict(), m.oldProvince()))) : old.get(m.oldCode());
            AdministrativeUnit successor = today.get(m.newCode());
            if (predecessor == null || successor == null) {
                unmatched++;
            } else if (pairs.add(predecessor.getId() + ">" + successor.getId())) {
                em.persist(new UnitSuccession(predecessor, successor, null, UnitSuccession.Kind.MERGED));
            }
        }
        return new HistoryImported(old.size(), pairs.size(), unmatched);
    }

    /** What a history import stored: units of the past tree, successions, mapping lines not matched. */
    public record HistoryImported(int units, int successions, int unmatchedLines) {
    }

    private static String names(String ward, String district, String province) {
        return ward + "|" + district + "|" + province;
    }

    private static AdministrativeUnit single(List<AdministrativeUnit> found) {
        return found != null && found.size() == 1 ? found.get(0) : null;
    }

    private Map<String, AdministrativeUnit> store(List<UnitCsv.Row> rows, LocalDate validFrom, LocalDate lastDay) {
        tenancy.system();
        Map<String, UnitCsv.Row> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put(r.code(), r));
        Map<String, AdministrativeUnit> stored = new HashMap<>();
        rows.forEach(r -> store(r, byCode, stored, validFrom, lastDay));
        return stored;
    }

    private AdministrativeUnit store(UnitCsv.Row row, Map<String, UnitCsv.Row> byCode,
                                     Map<String, AdministrativeUnit> stored, LocalDate validFrom, LocalDate lastDay) {
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
            parent = store(parentRow, byCode, stored, validFrom, lastDay);
        }
        AdministrativeUnit unit = new AdministrativeUnit(row.code(), row.name(), row.type(), row.level(), parent,
                validFrom);
        if (lastDay != null) {
            unit.closeOn(lastDay);
        }
        units.add(unit);
        stored.put(row.code(), unit);
        return unit;
    }
}
