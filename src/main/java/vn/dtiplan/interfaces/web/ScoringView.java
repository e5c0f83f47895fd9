package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.AssessmentService;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.application.FrameworkService;
import vn.dtiplan.application.FrameworkView;
import vn.dtiplan.application.ScoreEntry;
import vn.dtiplan.application.ScoreImport;
import vn.dtiplan.application.ScoringForm;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.unit.UnitLevel;
import vn.dtiplan.domain.workbook.Grid;

/**
 * The score entry and appraisal screen ({@code /app/scoring.xhtml?unit=26509&year=2023}): every
 * pillar and criterion of the unit's framework with both sides' values. The unit types its
 * self-assessed values and submits; an officer above it types the appraised values, the
 * adjustment lines and the published total and rank ("2/17"; blank keeps what is recorded),
 * closes the appraisal and publishes. Values are typed as people write them
 * (a dot or a comma); the service checks each against its maximum and stores nothing on a
 * refusal. The Excel upload puts the scores of many units at once, all or nothing.
 */
@Named
@ViewScoped
public class ScoringView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An adjustment line being edited. */
    public static final class AdjustmentLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private String points;
        private String reason;

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    private AssessmentService assessments;

    @Inject
    private UnitService units;

    @Inject
    private FrameworkService frameworkService;

    @Inject
    private AccountService accounts;

    @Inject
    private VietnamTime time;

    private String unit;
    private Integer year;
    private Long framework;
    private List<UnitView> choices = List.of();
    private Choices unitChoices = Choices.ofUnits(List.of());
    private List<FrameworkView> frameworks = List.of();
    private ScoringForm form;
    private final Map<String, String> values = new HashMap<>();
    private final List<AdjustmentLine> adjustments = new ArrayList<>();
    private String publishedTotal;
    private Integer rank;
    private Integer rankOf;
    private transient Part file;
    private List<String> problems = List.of();

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        choices = units.visibleUnits().stream().filter(u -> u.level() != UnitLevel.PROVINCE).toList();
        unitChoices = Choices.ofUnits(choices);
        unit = Optional.ofNullable(params.get("unit")).filter(s -> !s.isBlank())
                .or(() -> accounts.caller().map(CallerView::unitCode)
                        .filter(code -> choices.stream().anyMatch(u -> u.code().equals(code))))
                .or(() -> choices.stream().findFirst().map(UnitView::code)).orElse(null);
        year = number(params.get("year")).map(Long::intValue).orElseGet(() -> unit == null ? time.year()
                : assessments.years(unit).stream().findFirst().orElse(time.year()));
        framework = number(params.get("framework")).orElse(null);
        reload();
    }

    private void reload() {
        frameworks = unit == null ? List.of() : assessments.frameworksFor(unit, year);
        form = unit == null ? null : assessments.form(unit, year, framework).orElse(null);
        values.clear();
        adjustments.clear();
        if (form == null) {
            return;
        }
        framework = form.frameworkId();
        publishedTotal = form.publishedTotal() == null ? null : form.publishedTotal().toPlainString();
        rank = form.publishedRank();
        rankOf = form.publishedRankOf();
        for (ScoringForm.Line line : form.lines()) {
            BigDecimal mine = form.appraiser() ? line.appraised() : line.selfAssessed();
            values.put(key(line), mine == null ? null : mine.toPlainString());
        }
        form.adjustments().forEach(a -> {
            AdjustmentLine line = new AdjustmentLine();
            line.setPoints(a.points().toPlainString());
            line.setReason(a.reason());
            adjustments.add(line);
        });
    }

    private static Optional<Long> number(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Long.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The key of a line's value: "p:" + pillar name or "c:" + criterion code. */
    public String key(ScoringForm.Line line) {
        return line.code() == null ? "p:" + line.pillar() : "c:" + line.code();
    }

    /** Opens the chosen unit, year and framework (a GET address). */
    public String show() {
        return "/app/scoring?faces-redirect=true&unit=" + URLEncoder.encode(unit == null ? "" : unit, StandardCharsets.UTF_8)
                + "&year=" + year + (framework == null ? "" : "&framework=" + framework);
    }

    /**
     * Stores the caller's side (and, for an appraiser, the adjustment lines) on the assessment's
     * version the form shows; nothing on a refusal (also when it was changed elsewhere since).
     */
    public void save() {
        attempt(() -> assessments.put(unit, year, entry(), form == null ? null : form.version()), "scoring.saved");
    }

    private ScoreEntry entry() {
        Map<String, BigDecimal> pillars = new LinkedHashMap<>();
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        for (ScoringForm.Line line : form.lines()) {
            parse(values.get(key(line)), line.title()).ifPresent(v -> {
                if (line.code() == null) {
                    pillars.put(line.pillar(), v);
                } else {
                    criteria.put(line.code(), v);
                }
            });
        }
        List<ScoreEntry.AdjustmentLine> lines = new ArrayList<>();
        for (AdjustmentLine a : adjustments) {
            Optional<BigDecimal> points = parse(a.getPoints(), a.getReason());
            if (points.isPresent() || a.getReason() != null && !a.getReason().isBlank()) {
                lines.add(new ScoreEntry.AdjustmentLine(points.orElse(null), a.getReason()));
            }
        }
        if (!form.appraiser()) {
            return new ScoreEntry(form.frameworkId(), pillars, criteria, null, null, null, null);
        }
        return new ScoreEntry(form.frameworkId(), pillars, criteria, rank, rankOf,
                parse(publishedTotal, publishedTotalLabel()).orElse(null), lines);
    }

    private static String publishedTotalLabel() {
        return Notices.text("scoring.publishedTotal");
    }

    /** The typed value (a dot or a comma as decimal separator); empty when blank; refused when not a number. */
    private static Optional<BigDecimal> parse(String text, String what) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Grid.number(text).orElseThrow(
                () -> new DomainRuleException("scoring.number.invalid", text, what == null ? "" : what)));
    }

    public void submit() {
        attempt(() -> assessments.submit(unit, year, framework), "scoring.submitted");
    }

    public void appraise() {
        attempt(() -> assessments.appraise(unit, year, framework), "scoring.appraisalClosed");
    }

    public void publish() {
        attempt(() -> assessments.publish(unit, year, framework), "scoring.published");
    }

    public void addAdjustment() {
        adjustments.add(new AdjustmentLine());
    }

    public void removeAdjustment(AdjustmentLine line) {
        adjustments.remove(line);
    }

    /** Puts the scores of the uploaded workbook for the year; lists every problem on a refusal. */
    public void upload() {
        WorkbookUpload.Outcome<ScoreImport> outcome = WorkbookUpload.run(file,
                bytes -> assessments.importScores(year, null, bytes));
        problems = outcome.problems();
        if (outcome.result() != null) {
            reload();
            Notices.info("scoring.imported", Integer.toString(outcome.result().unitCodes().size()),
                    outcome.result().frameworkName(), String.join(", ", outcome.result().unitCodes()));
        }
    }

    private void attempt(Runnable action, String doneKey) {
        try {
            action.run();
            reload();
            Notices.info(doneKey);
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** The template of the form's framework, listing the units the caller scores on it. */
    public StreamedContent getTemplate() {
        return form == null ? null : WorkbookUpload.download(frameworkService.template(form.frameworkId()).orElseThrow(),
                "diem-" + form.year() + "-" + form.frameworkId() + ".xlsx");
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getFramework() {
        return framework;
    }

    public void setFramework(Long framework) {
        this.framework = framework;
    }

    public List<UnitView> getChoices() {
        return choices;
    }

    /** The units to choose from, found by a search (the page does not list them all). */
    public Choices getUnitChoices() {
        return unitChoices;
    }

    public List<FrameworkView> getFrameworks() {
        return frameworks;
    }

    public ScoringForm getForm() {
        return form;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public List<AdjustmentLine> getAdjustments() {
        return adjustments;
    }

    public String getPublishedTotal() {
        return publishedTotal;
    }

    public void setPublishedTotal(String publishedTotal) {
        this.publishedTotal = publishedTotal;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public Integer getRankOf() {
        return rankOf;
    }

    public void setRankOf(Integer rankOf) {
        this.rankOf = rankOf;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<String> getProblems() {
        return problems;
    }
}
