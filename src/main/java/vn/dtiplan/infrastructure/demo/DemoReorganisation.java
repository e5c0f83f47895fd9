package vn.dtiplan.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.reorganisation.ChangeSpec;
import vn.dtiplan.domain.reorganisation.Reorganisation;
import vn.dtiplan.domain.reorganisation.ReorganisationRepository;
import vn.dtiplan.domain.reorganisation.SuccessorSpec;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The demo's prepared draft of the 1 July 2025 reorganisation (Nghị quyết 1656/NQ-UBTVQH15 for
 * the wards, Nghị quyết 202/2025/QH15 for the provinces): Bà Rịa - Vũng Tàu merges into a new
 * Thành phố Hồ Chí Minh (code 79); Vũng Tàu's 17 wards become its 5 units as
 * {@code demo/ward-mappings-2025-vungtau.csv} (rows of the official mapping) says — Phường 1, 2,
 * 3… become Phường Vũng Tàu, which reuses Phường 1's code 26506; the province's cities and
 * districts are dissolved (no district level from that day). The draft belongs to the system
 * administrator, who previews and applies it on the reorganisation screen; the 2024 story is
 * untouched until then. Bắc Giang stays as it is.
 */
@ApplicationScoped
public class DemoReorganisation {

    static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
    private static final String PROVINCE = "77";
    private static final String NEW_PROVINCE = "79";
    private static final List<String> DISTRICTS = List.of("747", "748", "750", "751", "752", "753", "754", "755");

    @Inject
    private ReorganisationRepository reorganisations;

    @Inject
    private VietnamTime time;

    /** Stores the draft; returns how many successors it names. */
    int load() {
        List<ChangeSpec> changes = new ArrayList<>();
        changes.add(new ChangeSpec(new SuccessorSpec(NEW_PROVINCE, "Thành phố Hồ Chí Minh", UnitLevel.PROVINCE, null),
                List.of(PROVINCE)));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> predecessors = new LinkedHashMap<>();
        for (String[] row : rows()) {
            names.put(row[4], row[5]);
            predecessors.computeIfAbsent(row[4], k -> new ArrayList<>()).add(row[0]);
        }
        predecessors.forEach((code, old) -> changes.add(new ChangeSpec(
                new SuccessorSpec(code, names.get(code), UnitLevel.WARD, NEW_PROVINCE), old)));
        reorganisations.add(TenantScope.system(), new Reorganisation(EFFECTIVE,
                "Nghị quyết 202/2025/QH15 và Nghị quyết 1656/NQ-UBTVQH15 về sắp xếp đơn vị hành chính",
                changes, DISTRICTS, null, "system", time.now()));
        return changes.size();
    }

    private static List<String[]> rows() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DemoReorganisation.class.getResourceAsStream("/demo/ward-mappings-2025-vungtau.csv"), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
