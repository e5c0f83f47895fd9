package vn.dtiplan.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plan cascade through the API (docs/api.md): a city drafts and issues a plan, every ward
 * of the city receives it; a ward adapts (a later due date refused), is held by the coverage
 * gate while a task is pending, decides, and issues; lineage and scope between sibling wards;
 * declines and their review; amendments reaching unfinished copies as notices.
 *
 * <p>The class makes its own tree (a province, a city with four wards, an account of each
 * role; {@link CascadeFixture}) and never reads the demo data; each test drafts its own plan with
 * a unique number, so tests do not depend on each other; inboxes are filtered by plan.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CascadeApiIT extends CascadeFixture {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.war();
    }

    @Override
    URL base() {
        return base;
    }

    @Test
    void cityCascadesWardAdaptsIsGatedDecidesAndIssues() {
        JsonObject draft = city().post("plans", plan(cityCode(), number("IT"), null,
                task("Nâng tỷ lệ hồ sơ trực tuyến toàn trình", "UBND các phường, xã", "Quý II/2024", null, true),
                task("Tuyên truyền kỹ năng số", "Phòng Văn hóa và Thông tin", "Trước 30/9/2024", null, true),
                task("Nâng cấp Cổng thông tin điện tử thành phố", "Phòng Văn hóa và Thông tin", "Thường xuyên", null,
                        false))).expect(201).object();
        long planId = id(draft);
        assertEquals("DRAFT", draft.getString("status"));
        List<Long> taskIds = draft.getJsonArray("tasks").getValuesAs(JsonObject.class).stream().map(CascadeApiIT::id)
                .toList();
        JsonObject first = draft.getJsonArray("tasks").getJsonObject(0);
        assertEquals("2024-06-30", first.getString("due"));
        assertTrue(first.getBoolean("cascade"));
        assertTrue(draft.getJsonArray("tasks").getJsonObject(1).containsKey("leadDepartmentId")
                && !draft.getJsonArray("tasks").getJsonObject(1).isNull("leadDepartmentId"), "lead resolved");
        phuong2().get("plans/" + planId).expectError(404);
        assertTrue(phuong2().get("units/" + cityCode() + "/plans").expect(200).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(p -> id(p) == planId), "a city draft stays in the city");

        JsonObject preview = city().get("plans/" + planId + "/issue-preview").expect(200).object();
        assertEquals(wards().size(), preview.getInt("units"));
        assertEquals(2 * wards().size(), preview.getInt("copies"));

        JsonObject issued = city().post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expect(200).object();
        assertEquals("ISSUED", issued.getString("status"));
        assertEquals(taskIds, issued.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .map(CascadeApiIT::id).toList(), "task ids do not change when a plan is issued");
        assertEquals("plan.issue.twice",
                city().post("plans/" + planId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expectError(409).getString("error"));

        assertAll(wards().stream().map(ward -> () -> {
            List<JsonObject> inbox = inboxOf(city(), ward, planId);
            assertEquals(Set.of(taskIds.get(0), taskIds.get(1)), inbox.stream()
                    .map(i -> i.getJsonNumber("parentTaskId").longValue()).collect(Collectors.toSet()), ward);
            inbox.forEach(i -> assertEquals("PENDING", i.getString("state")));
        }));

        Map<Long, JsonObject> mine = inboxOf(phuong2(), ward2(), planId).stream()
                .collect(Collectors.toMap(i -> i.getJsonNumber("parentTaskId").longValue(), Function.identity()));
        long copyA = id(mine.get(taskIds.get(0)));
        long copyB = id(mine.get(taskIds.get(1)));

        JsonObject tooLate = phuong2().post("inherited/" + copyA + "/decision", Json.createObjectBuilder()
                .add("action", "ADAPT").add("due", "2024-07-15").add("leadDepartment", "Bộ phận một cửa").build())
                .expectError(422);
        assertEquals("task.adapt.dueLater", tooLate.getString("error"));
        assertTrue(tooLate.getString("message").contains("30/06/2024"), tooLate.getString("message"));
        assertEquals("PENDING", phuong2().get("tasks/" + copyA).expect(200).object().getString("state"));

        JsonObject wardPlan = phuong2().post("plans", plan(ward2(), number("P2"), planId,
                task("Triển khai chợ 4.0 thanh toán không dùng tiền mặt", "Bộ phận Kinh tế", "Năm 2024", null, false)))
                .expect(201).object();
        long wardPlanId = id(wardPlan);
        phuong2().post("inherited/" + copyA + "/decision", Json.createObjectBuilder().add("action", "ADOPT")
                .add("leadDepartment", "Bộ phận Văn hóa - Xã hội").build()).expect(200);
        JsonObject gated = phuong2().post("plans/" + wardPlanId + "/issue", JsonValue.EMPTY_JSON_OBJECT).expectError(409);
        assertEquals("plan.issue.pending", gated.getString("error"));
        assertTrue(gated.getString("message").contains("#" + copyB), gated.getString("message"));
        assertFalse(gated.getString("message").contains("#" + copyA), gated.getString("message"));
        assertEquals("DRAFT", phuong2().get("plans/" + wardPlanId).expect(200).object().getString("status"));

        JsonObject adapted = phuong2().post("inherited/" + copyB + "/decision", Json.createObjectBuilder()
                .add("action", "ADAPT").add("due", "2024-09-15").add("leadDepartment", "Bộ phận một cửa")
                .add("solution", "Tổ công nghệ số cộng đồng hướng dẫn tại khu phố").build()).expect(200).object();
        assertEquals("ADAPTED", adapted.getString("state"));
        assertEquals("2024-09-15", adapted.getString("due"));
        assertEquals(tree().user("ward2"), adapted.getString("decidedBy"));
        assertEquals("task.decision.twice", phuong2().post("inherited/" + copyB + "/decision", decision("ADOPT"))
                .expectError(409).getString("error"));

        JsonObject wardIssued = phuong2().post("plans/" + wardPlanId + "/issue", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).object();
        assertEquals("ISSUED", wardIssued.getString("status"));
        Set<Long> wardTasks = wardIssued.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .map(CascadeApiIT::id).collect(Collectors.toSet());
        assertTrue(wardTasks.containsAll(Set.of(copyA, copyB)), "the ward plan holds the adopted tasks");
        assertEquals(3, wardTasks.size());
        assertTrue(phuong2().get("units/" + ward2() + "/plans").expect(200).array().getValuesAs(JsonObject.class)
                .stream().anyMatch(p -> id(p) == wardPlanId && p.getJsonNumber("implementsPlanId").longValue() == planId));

        JsonObject lineage = city().get("tasks/" + taskIds.get(0) + "/lineage").expect(200).object();
        Map<String, String> states = lineage.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("unitCode"), c -> c.getString("state")));
        assertEquals(wards(), states.keySet());
        assertEquals("ADOPTED", states.get(ward2()));
        assertEquals("PENDING", states.get(ward3()));
        JsonArray ownView = phuong2().get("tasks/" + taskIds.get(0) + "/lineage").expect(200).object()
                .getJsonArray("children");
        assertEquals(1, ownView.size());
        assertEquals(copyA, ownView.getJsonObject(0).getJsonNumber("taskId").longValue());

        JsonObject matrix = city().get("plans/" + planId + "/matrix").expect(200).object();
        assertEquals(wards().size(), matrix.getJsonArray("units").size());
        assertEquals(2, matrix.getJsonArray("tasks").size());

        phuong3().get("tasks/" + copyA).expectError(404);
        phuong3().get("tasks/" + copyA + "/lineage").expectError(404);
        phuong3().post("inherited/" + copyA + "/decision", decision("ADOPT")).expectError(404);
        phuong3().get("units/" + ward2() + "/inbox").expectError(404);
        phuong3().get("plans/" + wardPlanId).expectError(404);
        city().post("inherited/" + id(inboxOf(city(), ward3(), planId).get(0)) + "/decision", decision("ADOPT"))
                .expectError(403);
    }

    @Test
    void aDeclineNeedsAReasonAndTheCityReviewsIt() {
        JsonObject issued = issuedCityPlan(task("Chợ 4.0", "UBND các phường, xã", "Năm 2024", null, true));
        long copy = id(inboxOf(phuong3(), ward3(), id(issued)).get(0));
        assertEquals("task.decline.reasonRequired",
                phuong3().post("inherited/" + copy + "/decision", decision("DECLINE")).expectError(422).getString("error"));
        phuong3().post("inherited/" + copy + "/decision", Json.createObjectBuilder().add("action", "DECLINE")
                .add("reason", "Phường 3 không có chợ truyền thống").build()).expect(200);
        assertTrue(inboxOf(phuong3(), ward3(), id(issued)).isEmpty());
        phuong3().post("inherited/" + copy + "/review", Json.createObjectBuilder().add("accept", false).build())
                .expectError(403);
        JsonObject back = city().post("inherited/" + copy + "/review", Json.createObjectBuilder().add("accept", false)
                .build()).expect(200).object();
        assertEquals("PENDING", back.getString("state"));
        assertEquals(1, inboxOf(phuong3(), ward3(), id(issued)).size());
    }

    @Test
    void anAmendmentReachesUnfinishedCopiesAsNoticesAndAckClearsThem() {
        JsonObject issued = issuedCityPlan(task("Số hóa hồ sơ", "UBND các phường, xã", "Trước 30/9/2024", null, true));
        long parent = id(issued.getJsonArray("tasks").getJsonObject(0));
        long copy2 = id(inboxOf(phuong2(), ward2(), id(issued)).get(0));
        long copy3 = id(inboxOf(phuong3(), ward3(), id(issued)).get(0));
        phuong2().post("inherited/" + copy2 + "/decision", Json.createObjectBuilder().add("action", "ADAPT")
                .add("due", "2024-09-15").build()).expect(200);
        phuong3().post("inherited/" + copy3 + "/decision", Json.createObjectBuilder().add("action", "DECLINE")
                .add("reason", "Đã hoàn thành năm 2023").build()).expect(200);

        phuong2().patch("tasks/" + parent, Json.createObjectBuilder().add("due", "2024-09-01").build()).expectError(403);
        city().patch("tasks/" + parent, Json.createObjectBuilder().add("due", "2024-09-01")
                .add("solution", "Số hóa 100% hồ sơ còn hiệu lực").build()).expect(200);

        JsonObject notice = phuong2().get("units/" + ward2() + "/notices").expect(200).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("taskId").longValue() == copy2).findFirst().orElseThrow();
        assertEquals(parent, notice.getJsonNumber("parentTaskId").longValue());
        assertFalse(notice.getBoolean("acknowledged"));
        JsonObject due = notice.getJsonObject("changes").getJsonObject("due");
        assertEquals("2024-09-30", due.getString("from"));
        assertEquals("2024-09-01", due.getString("to"));
        assertEquals("Số hóa 100% hồ sơ còn hiệu lực",
                notice.getJsonObject("changes").getJsonObject("solution").getString("to"));
        assertTrue(notice.getBoolean("dueConflict"), "the local due 2024-09-15 is now later than the parent's");
        JsonObject copyNow = phuong2().get("tasks/" + copy2).expect(200).object();
        assertEquals("2024-09-15", copyNow.getString("due"), "an adapted due date stays");
        assertEquals("Số hóa 100% hồ sơ còn hiệu lực", copyNow.getString("solution"), "unadapted fields follow");

        assertTrue(phuong3().get("units/" + ward3() + "/notices").expect(200).array().getValuesAs(JsonObject.class)
                .stream().noneMatch(n -> n.getJsonNumber("parentTaskId").longValue() == parent), "declined: finished");
        assertTrue(city().get("units/" + tree().code("W5") + "/notices").expect(200).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getJsonNumber("parentTaskId").longValue() == parent), "a pending copy hears too");

        phuong3().post("notices/" + id(notice) + "/ack", JsonValue.EMPTY_JSON_OBJECT).expectError(404);
        phuong2().post("notices/" + id(notice) + "/ack", JsonValue.EMPTY_JSON_OBJECT).expect(200);
        phuong2().post("notices/" + id(notice) + "/ack", JsonValue.EMPTY_JSON_OBJECT).expectError(409);
        assertTrue(phuong2().get("units/" + ward2() + "/notices?open=true").expect(200).array()
                .getValuesAs(JsonObject.class).stream().noneMatch(n -> id(n) == id(notice)));
        assertTrue(phuong2().get("units/" + ward2() + "/notices").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(n -> id(n) == id(notice)).allMatch(n -> n.getBoolean("acknowledged")));
    }

    @Test
    void aCopyReportedDoneGetsNoNotice() {
        JsonObject issued = issuedCityPlan(task("Cập nhật cổng thông tin phường", "UBND các phường, xã",
                "Trước 30/9/2024", null, true));
        long parent = id(issued.getJsonArray("tasks").getJsonObject(0));
        long done = id(inboxOf(phuong2(), ward2(), id(issued)).get(0));
        long working = id(inboxOf(phuong3(), ward3(), id(issued)).get(0));
        phuong2().post("inherited/" + done + "/decision", decision("ADOPT")).expect(200);
        phuong3().post("inherited/" + working + "/decision", decision("ADOPT")).expect(200);
        phuong2().post("tasks/" + done + "/progress", Json.createObjectBuilder().add("status", "DONE").build())
                .expect(200);
        phuong3().post("tasks/" + working + "/progress", Json.createObjectBuilder().add("status", "IN_PROGRESS")
                .add("percent", 50).build()).expect(200);

        city().patch("tasks/" + parent, Json.createObjectBuilder().add("due", "2024-08-31").build()).expect(200);

        assertTrue(phuong2().get("units/" + ward2() + "/notices").expect(200).array().getValuesAs(JsonObject.class)
                .stream().noneMatch(n -> n.getJsonNumber("parentTaskId").longValue() == parent), "done: finished");
        assertEquals("2024-09-30", phuong2().get("tasks/" + done).expect(200).object().getString("due"),
                "a finished copy keeps what it was done against");
        assertEquals(1, phuong3().get("units/" + ward3() + "/notices").expect(200).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("parentTaskId").longValue() == parent).count(), "in progress: notified");
        assertEquals(wards().size() - 1, wards().stream().mapToLong(ward -> city().get("units/" + ward + "/notices").expect(200).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("parentTaskId").longValue() == parent).count()).sum(),
                "every ward but the one that is done");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        JsonObject noTitle = Json.createObjectBuilder().add("unitCode", cityCode()).add("number", number("X"))
                .add("year", 2024).add("tasks", Json.createArrayBuilder()).build();
        assertEquals("plan.title.required", city().post("plans", noTitle).expectError(422).getString("error"));
        JsonObject badDate = plan(cityCode(), number("X"), null, task("A", "B", "Năm 2024", "30/6/2024", true));
        assertEquals("request.date.invalid", city().post("plans", badDate).expectError(422).getString("error"));
        assertEquals("plan.forbidden", city().post("plans", plan(ward2(), number("X"), null)).expectError(403)
                .getString("error"));
        phuong2().post("plans", plan(cityCode(), number("X"), null)).expectError(404);
        phuong2().post("plans", plan(ward3(), number("X"), null)).expectError(404);
    }

    @Test
    void aCityPlanIsCascadedToTheWardsInVariedStates() {
        Varied v = varied();
        JsonObject listed = city().get("units/" + cityCode() + "/plans").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("number").equals(v.number())).findFirst().orElseThrow();
        assertEquals("ISSUED", listed.getString("status"));
        long planId = id(listed);
        JsonObject detail = city().get("plans/" + planId).expect(200).object();
        assertEquals(3, detail.getJsonArray("tasks").size());
        assertEquals(v.date(), detail.getString("date"));
        JsonObject matrix = city().get("plans/" + planId + "/matrix").expect(200).object();
        assertEquals(2, matrix.getJsonArray("tasks").size());
        Map<String, List<String>> rows = matrix.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("unitCode"), r -> r.getJsonArray("cells")
                        .getValuesAs(JsonObject.class).stream().map(c -> c.getString("state")).toList()));
        assertEquals(wards(), rows.keySet());
        String w5 = tree().code("W5");
        String w7 = tree().code("W7");
        assertTrue(rows.get(ward2()).stream().noneMatch("PENDING"::equals), rows.get(ward2()).toString());
        assertTrue(rows.get(w5).contains("DECLINED"), rows.get(w5).toString());
        assertTrue(rows.get(w7).stream().allMatch("PENDING"::equals), rows.get(w7).toString());

        assertTrue(phuong3().get("units/" + cityCode() + "/plans").expect(200).array().getValuesAs(JsonObject.class)
                .stream().noneMatch(p -> p.getString("status").equals("DRAFT")), "a ward lists its city's issued plans only");
        assertTrue(city().get("units/" + cityCode() + "/plans").expect(200).array().getValuesAs(JsonObject.class)
                .stream().anyMatch(p -> p.getString("status").equals("DRAFT")), "the city has a draft to hide");
        assertTrue(phuong3().get("units/" + cityCode() + "/plans").expect(200).array().getValuesAs(JsonObject.class)
                .stream().anyMatch(p -> id(p) == planId));
        phuong3().get("units/" + ward2() + "/plans").expectError(404);
        phuong3().get("units/" + cityCode() + "/inbox").expectError(404);

        JsonObject wardPlan = phuong2().get("units/" + ward2() + "/plans").expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("number").equals(v.wardNumber()))
                .findFirst().orElseThrow();
        assertEquals("ISSUED", wardPlan.getString("status"));
        assertEquals(planId, wardPlan.getJsonNumber("implementsPlanId").longValue());
        JsonArray wardTasks = phuong2().get("plans/" + id(wardPlan)).expect(200).object().getJsonArray("tasks");
        assertEquals(3, wardTasks.size());
        assertTrue(wardTasks.getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("solution").contains("chợ 4.0")));
        assertEquals(2, wardTasks.getValuesAs(JsonObject.class).stream().filter(t -> !t.isNull("parentTaskId")).count());
    }

    @Test
    void aDraftFromThe2023GapsHasOneTaskPerCriterionThatLostPoints() {
        scoreWard2();
        JsonObject draft = phuong2().post("units/" + ward2() + "/plans/draft-from-gaps?year=2023",
                JsonValue.EMPTY_JSON_OBJECT).expect(201).object();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(ward2(), draft.getString("unitCode"));
        assertEquals(2024, draft.getInt("year"));
        List<JsonObject> tasks = draft.getJsonArray("tasks").getValuesAs(JsonObject.class);
        assertEquals(WARD2_GAPS_2023.stream().map(Map.Entry::getKey).toList(),
                tasks.stream().map(t -> t.getString("criterionCode")).toList());
        for (int i = 0; i < tasks.size(); i++) {
            assertEquals(new java.math.BigDecimal(WARD2_GAPS_2023.get(i).getValue()),
                    tasks.get(i).getJsonNumber("pointsAtStake").bigDecimalValue().stripTrailingZeros(),
                    tasks.get(i).getString("criterionCode"));
            assertFalse(tasks.get(i).getBoolean("cascade"));
        }
        assertEquals(TITLE_6_4, tasks.get(0).getString("criterionTitle"));
        assertTrue(tasks.get(0).getString("solution").contains("6.4"), tasks.get(0).getString("solution"));
        assertEquals(draft, phuong2().get("plans/" + id(draft)).expect(200).object(), "stored as answered");
        assertTrue(planIds(phuong2(), ward2()).contains(id(draft)));

        JsonObject named = phuong2().post("plans", plan(ward2(), number("P2"), null,
                task("Triển khai chợ 4.0", "Bộ phận Kinh tế", "Năm 2024", null, false).add("criterionCode", "8.1")))
                .expect(201).object().getJsonArray("tasks").getJsonObject(0);
        assertEquals(TITLE_8_1, named.getString("criterionTitle"), "the criterion of the unit's framework");
        assertEquals(new java.math.BigDecimal("1"), named.getJsonNumber("pointsAtStake").bigDecimalValue().stripTrailingZeros(),
                "the points lost on the unit's latest result (its 2024 result)");
    }

    @Test
    void aDraftFromGapsWithoutAnAssessmentIsRefusedAndStoresNothing() {
        scoreWard2();
        List<Long> before = planIds(phuong2(), ward2());
        JsonObject refused = phuong2().post("units/" + ward2() + "/plans/draft-from-gaps?year=2019",
                JsonValue.EMPTY_JSON_OBJECT).expectError(422);
        assertEquals("plan.gaps.noAssessment", refused.getString("error"));
        assertTrue(refused.getString("message").contains(WARD2_NAME) && refused.getString("message").contains("2019"),
                refused.getString("message"));
        assertEquals("plan.gaps.yearRequired", phuong2().post("units/" + ward2() + "/plans/draft-from-gaps",
                JsonValue.EMPTY_JSON_OBJECT).expectError(422).getString("error"));
        assertEquals("plan.forbidden", city().post("units/" + ward2() + "/plans/draft-from-gaps?year=2023",
                JsonValue.EMPTY_JSON_OBJECT).expectError(403).getString("error"));
        phuong3().post("units/" + ward2() + "/plans/draft-from-gaps?year=2023", JsonValue.EMPTY_JSON_OBJECT)
                .expectError(404);
        assertEquals(before, planIds(phuong2(), ward2()), "nothing stored");
    }

    /**
     * The copies issuing writes with JDBC (infrastructure {@code TaskCopyWriter}) are the domain's
     * copies column by column, as the JPA insert wrote them: the parent's fields, the ward's name for a
     * lead naming the wards, the targets a task names, pending, version 1; then JPA updates a copy
     * (its optimistic lock matches) and inserts new tasks beside them (ids from the same generator).
     */
    @Test
    void copiesWrittenInBatchesAreTheDomainsCopiesColumnByColumn() throws SQLException {
        assumeTrue(ItSettings.isPostgreSql(), "reads the rows beside the server");
        JsonObject issued = issuedCityPlan(
                task("Nâng tỷ lệ hồ sơ trực tuyến", "UBND các phường, xã", "Quý III/2024", null, true)
                        .add("criterionCode", "6.4").add("criterionTitle", "Hồ sơ trực tuyến").add("pointsAtStake", 2.395)
                        .add("evidence", "Báo cáo của phường").add("target", Json.createObjectBuilder()
                                .add("indicator", "Tỷ lệ hồ sơ trực tuyến").add("unit", "%").add("baseline", 40)
                                .add("value", 80).add("direction", "AT_LEAST")),
                task("Tuyên truyền kỹ năng số", "Phòng Văn hóa và Thông tin", "Trước 30/9/2024", null, true)
                        .add("cascadeTargets", Json.createArrayBuilder().add(ward2()).add(ward3())),
                task("Nâng cấp cổng thông tin", "Phòng Văn hóa và Thông tin", "Thường xuyên", null, false));
        long planId = id(issued);
        String same = String.join(" and ", List.of("ordinal", "criterion_code", "criterion_title", "points_at_stake",
                "solution", "coordinating", "target", "target_indicator", "target_unit", "target_baseline", "target_value",
                "target_direction", "evidence", "timeframe", "timeframe_kind", "due").stream()
                .map(c -> "c." + c + " is not distinct from p." + c).toList());
        String asTheDomainCopies = same + " and c.kind = 'INHERITED' and c.state = 'PENDING' and c.version = 1"
                + " and c.plan_id is null and c.source_plan_id = p.plan_id and c.unit_id = u.id and c.unit_path = u.path"
                + " and c.published and not c.cascade and c.cascade_targets is null and c.target_latest is null"
                + " and c.lead_kind = 'AS_WRITTEN' and c.lead_department_id is null"
                + " and c.lead_name = case when p.lead_kind = 'CHILD_UNITS' then u.name else p.lead_name end"
                + " and c.adapted_fields is null and c.decided_by is null and c.decided_at is null"
                + " and c.decline_reason is null and c.decline_review is null and not c.due_conflict"
                + " and c.merged_into_id is null";
        try (Connection c = ItJdbc.appConnection()) {
            ItJdbc.scope(c, "*");
            List<String> copies = strings(c, "select p.id || ':' || u.code || ':' || (" + asTheDomainCopies + ")"
                    + " from task c join task p on p.id = c.parent_task_id join administrative_unit u on u.id = c.unit_id"
                    + " where p.plan_id = ? order by p.ordinal, u.code", planId);
            long first = id(issued.getJsonArray("tasks").getJsonObject(0));
            long second = id(issued.getJsonArray("tasks").getJsonObject(1));
            List<String> expected = new ArrayList<>();
            wards().stream().sorted().forEach(w -> expected.add(first + ":" + w + ":true"));
            Stream.of(ward2(), ward3()).sorted().forEach(w -> expected.add(second + ":" + w + ":true"));
            assertEquals(expected.stream().sorted().toList(), copies.stream().sorted().toList(),
                    "parent:ward:every column as the domain copies it");
            assertEquals(List.of("1:5"), strings(c, "select min(id) % 100 || ':' || (max(id) - min(id)) from task"
                    + " where source_plan_id = ?", planId), "one statement: ids from a fresh block of task_seq, in a row");
            long copy = id(inboxOf(phuong2(), ward2(), planId).get(0));
            phuong2().post("inherited/" + copy + "/decision", decision("ADOPT")).expect(200);
            assertEquals(List.of("2:ADOPTED"), strings(c, "select version || ':' || state from task where id = ?", copy));
        }
        JsonObject next = city().post("plans", plan(cityCode(), number("IT"), null,
                task("Sau đợt ban hành", "Phòng Nội vụ", "Năm 2024", null, false))).expect(201).object();
        assertTrue(id(next.getJsonArray("tasks").getJsonObject(0)) > 0, "a later JPA insert takes a fresh id");
    }

    private static List<String> strings(Connection c, String sql, long parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (r.next()) {
                    values.add(r.getString(1));
                }
                return values;
            }
        }
    }

    @Test
    @Tag("smoke")
    void smokeCascadeOnEitherDatabase() {
        JsonObject issued = issuedCityPlan(task("Tuyên truyền", "UBND các phường, xã", "Thường xuyên", null, true));
        assertEquals(1, inboxOf(phuong2(), ward2(), id(issued)).size());
        long copy = id(inboxOf(phuong2(), ward2(), id(issued)).get(0));
        phuong2().post("inherited/" + copy + "/decision", decision("ADOPT")).expect(200);
        assertEquals("ADOPTED", city().get("tasks/" + copy).expect(200).object().getString("state"));
    }
}
