package vn.dtiplan.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.assessment.ScoreHistory;
import vn.dtiplan.domain.reorganisation.ReorganisationRepository;
import vn.dtiplan.domain.reorganisation.UnitSuccession;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * A unit's totals year on year ({@link ScoreHistory}): the unit and every unit it succeeded,
 * followed back through the recorded successions (a merge of merges too), read in the caller's
 * scope — a successor's scope reaches its predecessors' records, so its officials see the
 * scores their former wards had.
 */
@Stateless
@PermitAll
public class ScoreHistoryService {

    @Inject
    private Tenancy tenancy;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private ReorganisationRepository reorganisations;

    /** The history on an index kind (null: DTI); 404 for a unit outside the caller's scope. */
    public List<ScoreHistory.Line> history(String unitCode, String kind) {
        TenantScope scope = tenancy.current();
        AdministrativeUnit unit = units.findByCode(scope, unitCode).orElseThrow(RecordNotFoundException::new);
        Map<Long, AdministrativeUnit> lineage = lineage(scope, unit);
        Set<Long> predecessors = lineage.keySet().stream().filter(id -> !id.equals(unit.getId()))
                .collect(Collectors.toSet());
        String wanted = kind == null || kind.isBlank() ? "DTI" : kind.strip().toUpperCase(Locale.ROOT);
        return ScoreHistory.of(unit.getId(), assessments.findAllYears(scope, lineage.values()), wanted, predecessors);
    }

    private Map<Long, AdministrativeUnit> lineage(TenantScope scope, AdministrativeUnit unit) {
        Map<Long, AdministrativeUnit> found = new LinkedHashMap<>();
        found.put(unit.getId(), unit);
        Deque<Long> open = new ArrayDeque<>(List.of(unit.getId()));
        while (!open.isEmpty()) {
            long id = open.pop();
            for (UnitSuccession s : reorganisations.successionsOf(id)) {
                if (s.getSuccessorId() == id && !found.containsKey(s.getPredecessorId())) {
                    units.findById(scope, s.getPredecessorId()).ifPresent(p -> {
                        found.put(p.getId(), p);
                        open.push(p.getId());
                    });
                }
            }
        }
        return found;
    }
}
