package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.domain.audit.RecordType;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.AssessmentView;
import vn.dtiplan.application.AuditService;
import vn.dtiplan.application.ScoreHistoryService;
import vn.dtiplan.domain.assessment.ScoreHistory;
import vn.dtiplan.application.AuditView;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.application.FrameworkChoice;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.application.document.ExportService;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.framework.Points;
import vn.dtiplan.domain.unit.UnitLevel;
import vn.dtiplan.interfaces.Messages;

/**
 * The unit scorecard ({@code /app/scorecard.xhtml?unit=26509&year=2023}): total against the
 * maximum, rank, the published total beside the computed one with the difference, a radar of
 * the pillars as a share of their maxima (with the previous year when assessed), the pillar
 * table and the gaps, most points lost first. The caller's own unit and its latest year are shown
 * by default; a unit outside the caller's scope shows nothing (as if not assessed). A unit scored
 * on several indices that year (DTI, PAR...) gets a kind selector ({@code &framework=}); the
 * default index is shown first. Grades and the ranks at several scopes are shown with the total.
 */
@Named
@ViewScoped
public class ScorecardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExportService exports;

    @Inject
    private AssessmentService assessments;

    @Inject
    private UnitService units;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditService audit;

    @Inject
    private ScoreHistoryService histories;

    private List<ScoreHistory.Line> scoreHistory = List.of();

    private String unit;
    private Integer year;
    private Long framework;
    private List<FrameworkChoice> frameworks = List.of();
    private List<Integer> years = List.of();
    private List<UnitView> choices = List.of();
    private Choices unitChoices = Choices.ofUnits(List.of());
    private AssessmentView card;
    private String radar;
    private List<AuditView> changes;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        choices = units.visibleUnits().stream().filter(u -> u.level() != UnitLevel.PROVINCE).toList();
        unitChoices = Choices.ofUnits(choices);
        unit = Optional.ofNullable(params.get("unit")).filter(s -> !s.isBlank())
                .or(() -> accounts.caller().map(CallerView::unitCode)
                        .filter(code -> choices.stream().anyMatch(u -> u.code().equals(code))))
                .or(() -> choices.stream().findFirst().map(UnitView::code)).orElse(null);
        if (unit == null) {
            return;
        }
        years = assessments.years(unit);
        year = parseYear(params.get("year")).orElse(years.isEmpty() ? null : years.get(0));
        frameworks = year == null ? List.of() : assessments.scoredOn(unit, year);
        framework = parseNumber(params.get("framework")).map(Long::valueOf)
                .filter(id -> frameworks.stream().anyMatch(f -> f.id() == id))
                .orElse(frameworks.isEmpty() ? null : frameworks.get(0).id());
        card = year == null ? null : assessments.assessment(unit, year, framework).orElse(null);
        radar = card == null ? null : radar(card);
        changes = card == null ? null : history(card);
        scoreHistory = scoreHistory(card == null ? null : card.kind());
    }

    private List<ScoreHistory.Line> scoreHistory(String kind) {
        try {
            return histories.history(unit, kind);
        } catch (RecordNotFoundException notInScope) {
            return List.of();
        }
    }

    /** The assessment's change history, or null when the caller sees the card but not the record's history. */
    private List<AuditView> history(AssessmentView card) {
        try {
            return audit.history(RecordType.ASSESSMENT,
                    AssessmentService.auditId(card.unitCode(), card.year(), card.kind(), card.frameworkId()));
        } catch (RecordNotFoundException notInSubtree) {
            return null;
        }
    }

    private static Optional<Integer> parseYear(String text) {
        return parseNumber(text).filter(n -> n <= Integer.MAX_VALUE).map(Long::intValue);
    }

    private static Optional<Long> parseNumber(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Long.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String radar(AssessmentView card) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<ChartJs.Series> series = new ArrayList<>();
        series.add(new ChartJs.Series(Messages.text(locale, "scorecard.chart.year", Integer.toString(card.year())),
                card.pillars().stream().map(p -> ChartJs.percent(p.score(), p.max())).toList()));
        if (!card.previousPillars().isEmpty()) {
            series.add(new ChartJs.Series(Messages.text(locale, "scorecard.chart.year",
                    Integer.toString(card.previousYear())),
                    card.previousPillars().stream().map(p -> ChartJs.percent(p.score(), p.max())).toList()));
        }
        return ChartJs.radar(card.pillars().stream().map(AssessmentView.PillarLine::name).toList(), series);
    }

    /** The points lost on a pillar line (max − score), null when unscored. */
    public BigDecimal lost(AssessmentView.PillarLine line) {
        return line.score() == null ? null : Points.plain(line.max().subtract(line.score()));
    }

    /** Whether the published total differs from the computed one (shown, never hidden). */
    public boolean isDifferent() {
        return card != null && card.difference() != null && card.difference().signum() != 0;
    }

    /** The sum of the pillar scores before adjustments. */
    public BigDecimal getPillarSum() {
        return card == null ? null : card.pillars().stream().map(AssessmentView.PillarLine::score)
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Opens the chosen unit and year (a GET address that can be bookmarked). */
    public String show() {
        return "/app/scorecard?faces-redirect=true&unit=" + java.net.URLEncoder.encode(unit == null ? "" : unit,
                java.nio.charset.StandardCharsets.UTF_8) + (year == null ? "" : "&year=" + year);
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getUnit() {
        return unit;
    }

    public Integer getYear() {
        return year;
    }

    /** The frameworks the unit was scored on that year; the selector shows when there are several. */
    public List<FrameworkChoice> getFrameworks() {
        return frameworks;
    }

    public Long getFramework() {
        return framework;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<UnitView> getChoices() {
        return choices;
    }

    /** The units to choose from, found by a search (the page does not list them all). */
    public Choices getUnitChoices() {
        return unitChoices;
    }

    /** The unit's totals year on year, with the units it succeeded on their own lines. */
    public List<ScoreHistory.Line> getHistory() {
        return scoreHistory;
    }

    /** Shown when it says more than the card: a predecessor's line, or more than one year. */
    public boolean isHistoryShown() {
        return scoreHistory.stream().anyMatch(ScoreHistory.Line::predecessor)
                || scoreHistory.stream().map(ScoreHistory.Line::year).distinct().count() > 1;
    }

    public AssessmentView getCard() {
        return card;
    }

    /** Scores entered, submitted, appraised, published: who, when, what changed (null: not shown). */
    public List<AuditView> getChanges() {
        return changes;
    }

    public String getRadar() {
        return radar;
    }

    /** The scorecard shown as an Excel workbook. */
    public StreamedContent file() {
        return Downloads.xlsx(exports.scorecard(card.unitCode(), card.year(), card.frameworkId()).orElseThrow(RecordNotFoundException::new));
    }
}
