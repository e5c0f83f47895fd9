package vn.dtiplan.infrastructure.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.application.PasswordHashing;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.account.UserAccountRepository;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.Department;
import vn.dtiplan.infrastructure.bootstrap.UnitCsv;
import vn.dtiplan.infrastructure.bootstrap.UnitTreeImport;

/**
 * Loads the demo tree (Bà Rịa - Vũng Tàu with its 8 district-level units and Vũng Tàu's 17
 * wards; Bắc Giang → Thành phố Bắc Giang → Phường Hoàng Văn Thụ), their departments and the
 * demo accounts (password {@code demo}) from {@code /demo/*.csv}, once: a database that
 * already holds units is left alone, so a restart keeps what users changed.
 *
 * <p>In {@code departments.csv} a unit code written {@code *747} means every ward of 747.
 * The demo plans follow ({@link DemoPlans}), then progress on them ({@link DemoProgress}) and the
 * wards' monthly reports ({@link DemoReports}), May's before June's progress so the two differ.
 */
@Stateless
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final LocalDate DEMO_VALID_FROM = LocalDate.of(2020, 1, 1);
    private static final char[] DEMO_PASSWORD = "demo".toCharArray();

    @Inject
    private Tenancy tenancy;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private UnitTreeImport unitImport;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private DemoPlans demoPlans;

    @Inject
    private AssessmentDemoData assessmentDemo;

    @Inject
    private DemoProgress demoProgress;

    @Inject
    private DemoReports demoReports;

    @Inject
    private VietnamTime time;

    @Inject
    private DemoReorganisation demoReorganisation;

    public void loadIfEmpty() {
        tenancy.system();
        if (!unitImport.isEmpty()) {
            return;
        }
        Map<String, AdministrativeUnit> byCode = loadUnits();
        Map<String, Department> departments = loadDepartments(byCode);
        loadAccounts(byCode, departments);
        assessmentDemo.load(byCode);
        int planCount = demoPlans.load();
        int mayReports = demoProgress.loadMay();
        int mayPeriodic = demoReports.load(5);
        int reportCount = mayReports + demoProgress.loadJune();
        int periodicCount = mayPeriodic + demoReports.load(6);
        demoReorganisation.load();
        LOG.info(() -> "Demo data loaded: " + byCode.size() + " units, " + departments.size() + " departments, "
                + planCount + " plans, " + reportCount + " progress reports, " + periodicCount + " periodic reports");
    }

    private Map<String, AdministrativeUnit> loadUnits() {
        try (Reader reader = resource("units.csv")) {
            return unitImport.importRows(UnitCsv.read(reader), DEMO_VALID_FROM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Departments keyed by unit code and name ({@code "26509/Văn thư"}). */
    private Map<String, Department> loadDepartments(Map<String, AdministrativeUnit> byCode) {
        Map<String, Department> departments = new HashMap<>();
        for (String[] row : rows("departments.csv")) {
            for (AdministrativeUnit unit : unitsNamed(row[0], byCode)) {
                departments.put(unit.getCode() + "/" + row[1], units.add(new Department(unit, row[1])));
            }
        }
        return departments;
    }

    private static List<AdministrativeUnit> unitsNamed(String code, Map<String, AdministrativeUnit> byCode) {
        if (!code.startsWith("*")) {
            return List.of(byCode.get(code));
        }
        String parentCode = code.substring(1);
        return byCode.values().stream()
                .filter(u -> u.getParent() != null && u.getParent().getCode().equals(parentCode))
                .toList();
    }

    private void loadAccounts(Map<String, AdministrativeUnit> byCode, Map<String, Department> departments) {
        String hash = passwords.hash(DEMO_PASSWORD);
        for (String[] row : rows("accounts.csv")) {
            AdministrativeUnit unit = row[2].isEmpty() ? null : byCode.get(row[2]);
            Department department = row[3].isEmpty() ? null : departments.get(row[2] + "/" + row[3]);
            EnumSet<Role> roles = Arrays.stream(row[4].split(";")).map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            accounts.add(new UserAccount(row[0], hash, row[1], unit, department, roles, time.now()));
        }
    }

    private static Reader resource(String file) {
        return new InputStreamReader(DemoData.class.getResourceAsStream("/demo/" + file), StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(String file) {
        try (BufferedReader reader = new BufferedReader(resource(file))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> Arrays.stream(l.split(",", -1)).map(String::strip).toArray(String[]::new))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
