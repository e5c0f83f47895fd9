package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import vn.dtiplan.application.progress.OversightBoard;
import vn.dtiplan.application.progress.OversightService;

/**
 * {@code GET /api/units/{code}/oversight} (extension): the board a city or province oversees — the
 * units below with adoption, progress, overdue, score and rank ({@code rows}), and the children's
 * scores and ranks by pillar with totals year on year ({@code scores}, absent when none is scored);
 * each row's monthly report for the period due last ({@code report}: {@code status} DRAFT, SUBMITTED,
 * APPROVED, RETURNED or MISSING, {@code late}, {@code id}) and on-time reporting rate ({@code onTime}),
 * the period itself as {@code reportPeriod}.
 */
@Path("units/{code}/oversight")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitOversightResource {

    @Inject
    private OversightService oversight;

    @GET
    public JsonObject board(@PathParam("code") String code) {
        OversightBoard board = oversight.board(code);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        board.rows().forEach(r -> {
            JsonObjectBuilder row = Json.createObjectBuilder().add("unitCode", r.unitCode()).add("name", r.unitName())
                    .add("nested", r.nested()).add("tasks", r.total().tasks()).add("pending", r.total().pending())
                    .add("adopted", r.total().adopted()).add("declined", r.total().declined())
                    .add("done", r.total().done()).add("overdue", r.total().overdue())
                    .add("percentDone", r.total().percentDone());
            number(row, "score", r.score());
            number(row, "max", r.max());
            if (r.rank() != null) {
                row.add("rank", r.rank()).add("rankOf", r.rankOf());
            }
            rows.add(row.add("report", ReportJson.standing(r.report())).add("onTime", ReportJson.rate(r.onTime())));
        });
        JsonObjectBuilder answer = Json.createObjectBuilder().add("unitCode", board.unitCode())
                .add("name", board.unitName()).add("rows", rows)
                .add("reportPeriod", ReportJson.period(board.reportPeriod(), board.reportPeriodLabel()));
        if (board.scores() != null) {
            answer.add("scores", scores(board.scores()));
        }
        return answer.build();
    }

    private static JsonObjectBuilder scores(OversightBoard.ScoreBoard s) {
        JsonArrayBuilder pillars = Json.createArrayBuilder();
        for (int i = 0; i < s.pillars().size(); i++) {
            pillars.add(Json.createObjectBuilder().add("name", s.pillars().get(i)).add("max", s.pillarMaxima().get(i)));
        }
        JsonArrayBuilder years = Json.createArrayBuilder();
        s.years().forEach(years::add);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        s.rows().forEach(r -> {
            JsonObjectBuilder row = Json.createObjectBuilder().add("unitCode", r.unitCode()).add("name", r.unitName());
            number(row, "total", r.total());
            if (r.rank() != null) {
                row.add("rank", r.rank());
            }
            JsonArrayBuilder cells = Json.createArrayBuilder();
            r.pillars().forEach(c -> {
                JsonObjectBuilder cell = Json.createObjectBuilder();
                number(cell, "score", c.score());
                if (c.rank() != null) {
                    cell.add("rank", c.rank());
                }
                cells.add(cell);
            });
            JsonArrayBuilder totals = Json.createArrayBuilder();
            r.totalsByYear().forEach(t -> {
                if (t == null) {
                    totals.addNull();
                } else {
                    totals.add(t);
                }
            });
            rows.add(row.add("pillars", cells).add("totalsByYear", totals));
        });
        return Json.createObjectBuilder().add("year", s.year()).add("pillars", pillars).add("years", years).add("rows", rows);
    }

    private static void number(JsonObjectBuilder o, String name, BigDecimal value) {
        if (value != null) {
            o.add(name, value);
        }
    }
}
