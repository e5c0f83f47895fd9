package vn.dtiplan.it.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.dtiplan.application.PasswordHashing;
import vn.dtiplan.application.Tenancy;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.account.UserAccount;
import vn.dtiplan.domain.account.UserAccountRepository;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.Department;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * Test-only: {@code POST /it-probe/isolation-fixture?tag=…} makes two trees of its own
 * (province → city → ward, codes {@code <tag>P}, {@code <tag>C}, {@code <tag>W} with prefixes
 * {@code A} for the callers' tree and {@code T} for the target's) with an account of every
 * role in each ({@code <a|t>.<role>.<tag>}, password {@link #PASSWORD}), through the
 * application's repositories under the system scope, and answers the codes and names. Works on
 * H2 and PostgreSQL alike (no JDBC beside the server).
 */
@WebServlet("/it-probe/isolation-fixture")
public class IsolationFixture extends HttpServlet {

    public static final String PASSWORD = "Kiem-thu-co-lap-2026";
    private static final long serialVersionUID = 1L;

    @EJB
    private transient Maker maker;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tag = request.getParameter("tag");
        if (tag == null || !tag.matches("[a-z0-9]{3,20}")) {
            response.sendError(400);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(maker.make(tag).build().toString());
    }

    /** Makes the trees in one transaction. */
    @Stateless
    public static class Maker {

        @Inject
        private Tenancy tenancy;

        @Inject
        private AdministrativeUnitRepository units;

        @Inject
        private UserAccountRepository accounts;

        @Inject
        private PasswordHashing passwords;

        public JsonObjectBuilder make(String tag) {
            tenancy.system();
            String hash = passwords.hash(PASSWORD.toCharArray());
            JsonObjectBuilder answer = Json.createObjectBuilder();
            for (String side : new String[] {"a", "t"}) {
                String prefix = side.toUpperCase() + tag;
                LocalDate from = LocalDate.of(2020, 1, 1);
                AdministrativeUnit province = units.add(new AdministrativeUnit(prefix + "P", "Tỉnh " + prefix,
                        "Tỉnh", UnitLevel.PROVINCE, null, from));
                AdministrativeUnit city = units.add(new AdministrativeUnit(prefix + "C", "Thành phố " + prefix,
                        "Thành phố", UnitLevel.CITY, province, from));
                AdministrativeUnit ward = units.add(new AdministrativeUnit(prefix + "W", "Phường " + prefix,
                        "Phường", UnitLevel.WARD, city, from));
                Department department = units.add(new Department(ward, "Văn thư " + prefix));
                add(side + ".overseer." + tag, hash, province, null, Role.PROVINCE_OVERSEER);
                add(side + ".planner." + tag, hash, city, null, Role.CITY_PLANNER);
                add(side + ".officer." + tag, hash, ward, null, Role.WARD_OFFICER);
                add(side + ".staff." + tag, hash, ward, department, Role.DEPARTMENT_STAFF);
                add(side + ".admin." + tag, hash, null, null, Role.SYSTEM_ADMIN);
                answer.add(side, Json.createObjectBuilder().add("province", province.getCode()).add("city", city.getCode())
                        .add("ward", ward.getCode()));
            }
            return answer;
        }

        private void add(String username, String hash, AdministrativeUnit unit, Department department, Role role) {
            accounts.add(new UserAccount(username, hash, "Kiểm thử " + username, unit, department,
                    Set.copyOf(EnumSet.of(role)), Instant.now()));
        }
    }
}
