package vn.dtiplan.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import vn.dtiplan.application.progress.OversightBoard;
import vn.dtiplan.application.progress.OversightService;

/**
 * {@code GET /api/units/{code}/oversight} (extension): the board a city or province oversees — the
 * units below with adoption, progress, overdue, score and rank ({@code rows}), and the children's
 * scores and ranks by pillar with totals year on year ({@code scores}, absent when none is scored);
 * each row's monthly report for the period due last ({@code report}: {@code status} DRAFT, SUBMITTED,
 * APPROVED, RETURNED or MISSING, {@code late}, {@code id}) and on-time reporting rate ({@code onTime}),
 * the period itself as {@code reportPeriod}. {@code ?kind=} chooses the index whose scores and ranks
 * are shown (default DTI); {@code kind} answers it and {@code kinds} every kind the units below have.
 */
@Tag(name = "Units")
@Path("units/{code}/oversight")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitOversightResource {

    /**
     * The board. Equal only to itself, as {@link Row}: JSON-B (Yasson) keeps every object it writes in a hash set
     * to detect cycles, and a record's hash covers its components, so the board's hash walked all its rows
     * (3,380 at a province of 3,360 wards: a sixth of the request's time).
     */
    public record Board(String unitCode, String name, List<Row> rows, ReportJson.Period reportPeriod, Scores scores,
                        String kind, List<String> kinds) {

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** One unit below; {@code score}, {@code max}, {@code rank} and {@code rankOf} absent while it has none. */
    public record Row(String unitCode, String name, boolean nested, long tasks, long pending, long adopted,
                      long declined, long done, long overdue, int percentDone, BigDecimal score, BigDecimal max,
                      Integer rank, Integer rankOf, ReportJson.Standing report, ReportJson.Rate onTime) {

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The children's scores by pillar, year on year ({@code totalsByYear} holds null where a year has none). */
    public record Scores(int year, List<Pillar> pillars, List<Integer> years, List<ScoreRow> rows) {
    }

    public record Pillar(String name, BigDecimal max) {
    }

    public record ScoreRow(String unitCode, String name, BigDecimal total, Integer rank, List<Cell> pillars,
                           List<BigDecimal> totalsByYear) {
    }

    public record Cell(BigDecimal score, Integer rank) {
    }

    @Inject
    private OversightService oversight;

    @Operation(summary = "Oversight board of the child units")
    @GET
    public Board board(@PathParam("code") String code, @QueryParam("kind") @Size(max = 20) String kind) {
        OversightBoard board = oversight.board(code, false, kind);
        return new Board(board.unitCode(), board.unitName(), board.rows().stream().map(UnitOversightResource::row).toList(),
                ReportJson.Period.of(board.reportPeriod(), board.reportPeriodLabel()),
                board.scores() == null ? null : scores(board.scores()), board.kind(), board.kinds());
    }

    private static Row row(OversightBoard.UnitRow r) {
        return new Row(r.unitCode(), r.unitName(), r.nested(), r.total().tasks(), r.total().pending(),
                r.total().adopted(), r.total().declined(), r.total().done(), r.total().overdue(),
                r.total().percentDone(), r.score(), r.max(), r.rank(), r.rank() == null ? null : r.rankOf(),
                ReportJson.Standing.of(r.report()), ReportJson.Rate.of(r.onTime()));
    }

    private static Scores scores(OversightBoard.ScoreBoard s) {
        List<Pillar> pillars = IntStream.range(0, s.pillars().size())
                .mapToObj(i -> new Pillar(s.pillars().get(i), s.pillarMaxima().get(i))).toList();
        return new Scores(s.year(), pillars, s.years(), s.rows().stream().map(r -> new ScoreRow(r.unitCode(), r.unitName(),
                r.total(), r.rank(), r.pillars().stream().map(c -> new Cell(c.score(), c.rank())).toList(),
                r.totalsByYear())).toList());
    }
}
