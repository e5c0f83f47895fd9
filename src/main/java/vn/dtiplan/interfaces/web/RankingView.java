package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.application.document.ExportService;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.interfaces.Messages;

/**
 * The ranking screen ({@code /app/ranking.xhtml?unit=747&year=2023}): the children of a unit
 * with their totals, published and computed ranks, as a table and a bar chart; {@code mark}
 * highlights one child. A ward has no children and cannot see its siblings: it is told its
 * published rank is on its scorecard. Children scored on several indices that year get a kind
 * selector ({@code &framework=}); the default (DTI) index is ranked first.
 */
@Named("rankingView")
@ViewScoped
public class RankingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExportService exports;

    @Inject
    private AssessmentService assessments;

    @Inject
    private UnitService units;

    @Inject
    private AccountService accounts;

    private String unit;
    private String mark;
    private int year;
    private List<UnitView> parents = List.of();
    private vn.dtiplan.application.ChildRanking ranking;
    private String chart;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        parents = units.visibleUnits().stream().filter(u -> u.level().hasChildGovernments()).toList();
        unit = Optional.ofNullable(params.get("unit")).filter(s -> !s.isBlank())
                .or(() -> accounts.caller().map(CallerView::unitCode)).orElse(null);
        mark = params.get("mark");
        year = parseYear(params.get("year"));
        Long framework = parseFramework(params.get("framework"));
        ranking = unit == null ? null : assessments.children(unit, year, framework)
                .filter(r -> !r.rows().isEmpty()).orElse(null);
        if (ranking != null && ranking.kind() == null && !ranking.frameworks().isEmpty()) {
            ranking = assessments.children(unit, year, ranking.frameworks().get(0).id()).orElse(ranking);
        }
        chart = ranking == null || ranking.rows().stream().allMatch(r -> r.total() == null) ? null : chart(ranking);
    }

    private static int parseYear(String text) {
        try {
            return text == null || text.isBlank() ? 2023 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 2023;
        }
    }

    private static Long parseFramework(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String chart(vn.dtiplan.application.ChildRanking r) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<vn.dtiplan.application.ChildRanking.Row> scored = r.rows().stream().filter(row -> row.total() != null).toList();
        int highlighted = -1;
        for (int i = 0; i < scored.size(); i++) {
            if (scored.get(i).unitCode().equals(mark)) {
                highlighted = i;
            }
        }
        return ChartJs.bars(Messages.text(locale, "ranking.total"),
                scored.stream().map(vn.dtiplan.application.ChildRanking.Row::unitName).toList(),
                scored.stream().map(vn.dtiplan.application.ChildRanking.Row::total).toList(),
                scored.stream().map(vn.dtiplan.application.ChildRanking.Row::max).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null), highlighted);
    }

    /** Whether the framework has grade bands that graded a child: the grade column shows. */
    public boolean isGraded() {
        return ranking != null && ranking.rows().stream().anyMatch(r -> r.grade() != null);
    }

    /** Chart height grows with the rows so 17 names stay readable. */
    public int getChartHeight() {
        return ranking == null ? 0 : 80 + 26 * ranking.rows().size();
    }

    /** Opens the chosen unit and year (a GET address that can be bookmarked). */
    public String show() {
        return "/app/ranking?faces-redirect=true&unit=" + java.net.URLEncoder.encode(unit == null ? "" : unit,
                java.nio.charset.StandardCharsets.UTF_8) + "&year=" + year;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getUnit() {
        return unit;
    }

    public String getMark() {
        return mark;
    }

    public int getYear() {
        return year;
    }

    public List<UnitView> getParents() {
        return parents;
    }

    public vn.dtiplan.application.ChildRanking getRanking() {
        return ranking;
    }

    public String getChart() {
        return chart;
    }

    /** The ranking shown as an Excel workbook. */
    public StreamedContent file() {
        return Downloads.xlsx(exports.ranking(ranking.unitCode(), ranking.year(), ranking.frameworkId()).orElseThrow(RecordNotFoundException::new));
    }
}
