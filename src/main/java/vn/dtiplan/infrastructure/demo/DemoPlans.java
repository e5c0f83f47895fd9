package vn.dtiplan.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.plan.Decision;
import vn.dtiplan.domain.plan.DecisionAction;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Issuing;
import vn.dtiplan.domain.plan.LeadKind;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.PlanHeader;
import vn.dtiplan.domain.plan.PlanRepository;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.plan.TaskContent;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.domain.unit.Department;

/**
 * Loads the demo plans of {@code /demo/plans.json} in the demo data's transaction: a list of
 * steps, each a plan (drafted, and issued when it says so, cascading to the child units) or a
 * ward's decision on an inherited task (found by its plan number and criterion code; {@code *}
 * decides every pending one). Plan 4638/KH-UBND of Vũng Tàu cascades to the 17 wards; Phường 2
 * decides and issues its own plan implementing it; other wards are left in varied states.
 */
@ApplicationScoped
public class DemoPlans {

    private static final String DEMO_USER = "demo";

    @Inject
    private PlanRepository plans;

    @Inject
    private AdministrativeUnitRepository units;

    /** Loads every step; answers the number of plans. */
    public int load() {
        TenantScope system = TenantScope.system();
        Map<String, Plan> byNumber = new HashMap<>();
        for (JsonValue step : read().getJsonArray("steps")) {
            JsonObject s = step.asJsonObject();
            if (s.containsKey("plan")) {
                Plan plan = plan(system, s.getJsonObject("plan"), byNumber);
                byNumber.put(plan.getNumber(), plan);
            } else {
                decide(system, s.getJsonObject("decide"), byNumber);
            }
        }
        return byNumber.size();
    }

    private Plan plan(TenantScope system, JsonObject p, Map<String, Plan> byNumber) {
        AdministrativeUnit unit = units.findByCode(system, p.getString("unit")).orElseThrow();
        LocalDate date = LocalDate.parse(p.getString("date"));
        PlanHeader header = new PlanHeader(p.getString("number"), date, p.getString("place", null), p.getString("title"),
                p.getInt("year"), texts(p, "legalBases"), p.getString("purpose", null), p.getString("budget", null),
                texts(p, "recipients"), p.getString("signerAuthority", null), p.getString("signerTitle", null),
                p.getString("signerName", null));
        Plan plan = plans.add(system, new Plan(unit, header, p.containsKey("implements") ? byNumber.get(p.getString("implements"))
                : null));
        List<Department> departments = units.findDepartments(system, List.of(unit));
        int ordinal = 1;
        for (JsonValue t : p.getJsonArray("tasks")) {
            TaskContent content = content(t.asJsonObject());
            plans.add(system, new Task(plan, ordinal++, content, department(departments, content.lead()).orElse(null), date));
        }
        if (p.getBoolean("issue", false)) {
            Issuing.issue(plans, system, plan, DEMO_USER, date);
        }
        return plan;
    }

    private void decide(TenantScope system, JsonObject d, Map<String, Plan> byNumber) {
        AdministrativeUnit unit = units.findByCode(system, d.getString("unit")).orElseThrow();
        Plan source = byNumber.get(d.getString("plan"));
        String criterion = d.getString("task");
        Department lead = department(units.findDepartments(system, List.of(unit)), d.getString("lead", null)).orElse(null);
        LocalDate day = source.getDate().plusDays(7);
        for (InheritedTask task : plans.findInherited(system, unit, source, EnumSet.of(InheritanceState.PENDING))) {
            if ("*".equals(criterion) || criterion.equals(task.getCriterionCode())) {
                task.decide(new Decision(DecisionAction.parse(d.getString("action")), lead,
                        d.containsKey("due") ? LocalDate.parse(d.getString("due")) : null, d.getString("solution", null),
                        d.getString("reason", null), null, DEMO_USER, day.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant()));
            }
        }
    }

    private static TaskContent content(JsonObject t) {
        return new TaskContent(t.getString("criterionCode", null), t.getString("criterionTitle", null),
                t.containsKey("pointsAtStake") ? new BigDecimal(t.get("pointsAtStake").toString()) : null,
                t.getString("solution"), t.getString("lead", null), texts(t, "coordinating"), t.getString("target", null),
                t.getString("evidence", null), t.getString("timeframe", null),
                t.containsKey("due") ? LocalDate.parse(t.getString("due")) : null, t.getBoolean("cascade", false),
                texts(t, "cascadeTargets"));
    }

    private static Optional<Department> department(List<Department> departments, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String folded = LeadKind.fold(name);
        return departments.stream().filter(d -> LeadKind.fold(d.getName()).equals(folded)).findFirst();
    }

    private static List<String> texts(JsonObject o, String field) {
        List<String> items = new ArrayList<>();
        if (o.containsKey(field)) {
            o.getJsonArray(field).getValuesAs(JsonString.class).forEach(s -> items.add(s.getString()));
        }
        return items;
    }

    private static JsonObject read() {
        try (JsonReader reader = Json.createReader(new InputStreamReader(
                DemoPlans.class.getResourceAsStream("/demo/plans.json"), StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }
}
