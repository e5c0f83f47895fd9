package vn.dtiplan.domain.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * An index framework (bộ chỉ số): issued by a unit (a province) for one year and one level of
 * units below it (wards, cities), made of pillars with maximum points and criteria nested by code.
 *
 * <p>Rules: the scored level lies below the issuer's level; pillar names and criterion codes are
 * unique in the framework; maxima are positive and need not be equal or sum to 100 (Bà Rịa -
 * Vũng Tàu: 100 over 8 unequal pillars; others 1000 or 110). The framework is a draft while it is
 * edited and is {@link #freeze() frozen} when the first assessment uses it: a frozen framework
 * refuses every change, so published scores keep the maxima they were given against.
 *
 * <p>A draft is {@link #revise revised} as a whole (year, level, name, pillars and criteria; the
 * issuer stays): the new content is built on a blank draft through {@link #addPillar} and
 * {@link #addCriterion}, so a revision obeys exactly the rules of a new framework, and the draft
 * changes only when all of it is valid. Nothing refers to a draft's pillars and criteria by id
 * (assessments, the only rows that do, freeze the framework first; plans copy criterion codes and
 * titles as text), so a revision may drop, rename and renumber freely. A pillar keeps its row
 * when its name stays (pillar names are unique in the table, and a removed row is deleted only
 * after new rows are written). {@link #copyFor} starts next year's draft from any framework.
 *
 * <p>A framework has a {@link #getKind() kind}: {@code DTI} (the default), {@code PAR} (the
 * public-administration reform index) or another short code its issuer defines; a unit may be
 * scored on several frameworks of a year, one assessment each. Any unit above the scored level
 * may issue one (a city issues its wards' PAR index). Its {@link GradeBands grade bands} turn a
 * total into a label ("Xuất sắc" from 90).
 *
 * <p>The issuer's path is copied ({@code issuerPath}): every unit below the issuer may read the
 * framework, only the issuer's subtree may change it.
 */
@Entity
@Table(name = "index_framework")
public class IndexFramework {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** The kind of a framework that names none, and of every framework before kinds existed. */
    public static final String DEFAULT_KIND = "DTI";

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_-]{0,15}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id", nullable = false)
    private AdministrativeUnit issuer;

    @Column(name = "issuer_path", nullable = false, length = 400)
    private String issuerPath;

    @Column(name = "score_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, length = 16)
    private UnitLevel level;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false, length = 16)
    private String kind = DEFAULT_KIND;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "framework_band", joinColumns = @JoinColumn(name = "framework_id"))
    @OrderColumn(name = "position")
    private List<GradeBand> bands = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FrameworkStatus status = FrameworkStatus.DRAFT;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Pillar> pillars = new ArrayList<>();

    @Version
    private long version;

    protected IndexFramework() {
    }

    public IndexFramework(AdministrativeUnit issuer, int year, UnitLevel level, String name) {
        if (issuer == null || issuer.getPath() == null) {
            throw new DomainRuleException("framework.issuer.required");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DomainRuleException("framework.year.invalid", Integer.toString(year));
        }
        if (level == null || level.ordinal() <= issuer.getLevel().ordinal()) {
            throw new DomainRuleException("framework.level.invalid");
        }
        String cleaned = Names.clean(name);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new DomainRuleException("framework.name.required");
        }
        this.issuer = issuer;
        this.issuerPath = issuer.getPath();
        this.year = year;
        this.level = level;
        this.name = cleaned;
    }

    /** Sets the kind (blank: {@value #DEFAULT_KIND}; upper-cased) and the grade bands; refused when frozen. */
    public void classify(String newKind, List<GradeBand> newBands) {
        requireDraft();
        String cleaned = newKind == null || newKind.isBlank() ? DEFAULT_KIND : newKind.strip().toUpperCase(Locale.ROOT);
        if (!KIND.matcher(cleaned).matches()) {
            throw new DomainRuleException("framework.kind.invalid", newKind);
        }
        List<GradeBand> ordered = GradeBands.checked(newBands == null ? List.of() : newBands, null);
        kind = cleaned;
        bands.clear();
        bands.addAll(ordered);
    }

    /** The label of the highest grade band the total reaches, if any. */
    public Optional<String> grade(BigDecimal total) {
        return GradeBands.grade(bands, total);
    }

    /** Whether this is the default index (the one read when no framework is named). */
    public boolean isDefaultKind() {
        return DEFAULT_KIND.equals(kind);
    }

    /** Adds a pillar at the end; refused when frozen, when the name is taken or the maximum not positive. */
    public Pillar addPillar(String pillarName, BigDecimal max) {
        requireDraft();
        String cleaned = Names.clean(pillarName);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new DomainRuleException("framework.pillar.name.required");
        }
        if (pillar(cleaned).isPresent()) {
            throw new DomainRuleException("framework.pillar.duplicate", cleaned);
        }
        Pillar pillar = new Pillar(this, pillars.size() + 1, cleaned, positive(max, cleaned));
        pillars.add(pillar);
        return pillar;
    }

    /** Adds a criterion to a pillar; see {@link Pillar} for the nesting rules. */
    public Criterion addCriterion(Pillar pillar, String code, String title, BigDecimal max,
                                  String scoringMethod, String evidence) {
        requireDraft();
        if (!pillars.contains(pillar)) {
            throw new IllegalArgumentException("pillar of another framework");
        }
        String cleanCode = code == null ? null : code.strip();
        if (cleanCode == null || !Criterion.CODE.matcher(cleanCode).matches()) {
            throw new DomainRuleException("framework.criterion.code.invalid", String.valueOf(code));
        }
        if (criterion(cleanCode).isPresent()) {
            throw new DomainRuleException("framework.criterion.duplicate", cleanCode);
        }
        requireNested(pillar, cleanCode);
        return pillar.add(cleanCode, title, positive(max, cleanCode), scoringMethod, evidence);
    }

    /**
     * Nesting by code: a criterion comes after the criterion it nests under ({@code 1.2} before
     * {@code 1.2.1}) and lies in the same pillar as it.
     */
    private void requireNested(Pillar pillar, String code) {
        criteria().stream().filter(c -> c.getCode().startsWith(code + ".")).findFirst().ifPresent(child -> {
            throw new DomainRuleException("framework.criterion.afterChild", code, child.getCode());
        });
        for (Pillar other : pillars) {
            if (other != pillar) {
                other.parentOf(code).ifPresent(parent -> {
                    throw new DomainRuleException("framework.criterion.otherPillar", code, parent.getCode(),
                            other.getName());
                });
            }
        }
    }

    /** Freezes the framework (idempotent): from now on nothing in it changes. */
    public void freeze() {
        requireContent();
        status = FrameworkStatus.FROZEN;
    }

    /** Refused when the framework has no pillar: a framework is stored, revised and frozen only with content. */
    public void requireContent() {
        if (pillars.isEmpty()) {
            throw new DomainRuleException("framework.empty");
        }
        GradeBands.checked(bands, max());
    }

    /**
     * Replaces the draft's year, level, name, pillars and criteria with what {@code content} adds
     * to a blank draft of the same issuer; all or nothing. Refused when frozen (before anything
     * else is looked at), or when the new content breaks a rule of a new framework.
     */
    public void revise(int newYear, UnitLevel newLevel, String newName, Consumer<IndexFramework> content) {
        requireDraft();
        IndexFramework revision = new IndexFramework(issuer, newYear, newLevel, newName);
        content.accept(revision);
        revision.requireContent();
        List<Pillar> revised = revision.pillars.stream()
                .map(p -> pillar(p.getName()).map(kept -> kept.takeOver(p)).orElseGet(() -> p.moveTo(this)))
                .toList();
        year = revision.year;
        level = revision.level;
        name = revision.name;
        kind = revision.kind;
        bands.clear();
        bands.addAll(revision.bands);
        pillars.clear();
        pillars.addAll(revised);
    }

    /**
     * A new draft of the same issuer and level for {@code newYear} with this framework's pillars
     * and criteria (frozen or not), the year in its name following ("… 2023" becomes "… 2024").
     */
    public IndexFramework copyFor(int newYear) {
        IndexFramework copy = new IndexFramework(issuer, newYear, level,
                name.replace(Integer.toString(year), Integer.toString(newYear)));
        copy.classify(kind, bands.stream().map(b -> new GradeBand(b.getMin(), b.getLabel())).toList());
        for (Pillar p : pillars) {
            Pillar target = copy.addPillar(p.getName(), p.getMax());
            p.getCriteria().forEach(c -> copy.addCriterion(target, c.getCode(), c.getTitle(), c.getMax(),
                    c.getScoringMethod(), c.getEvidence()));
        }
        return copy;
    }

    public boolean isFrozen() {
        return status == FrameworkStatus.FROZEN;
    }

    /** The sum of the pillar maxima: the framework's total points (100, 1000, 110...). */
    public BigDecimal max() {
        return Points.plain(pillars.stream().map(Pillar::getMax).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The pillar with this name, ignoring case, spacing and Unicode composition. */
    public Optional<Pillar> pillar(String pillarName) {
        String key = Names.key(pillarName);
        return pillars.stream().filter(p -> Names.key(p.getName()).equals(key)).findFirst();
    }

    public Optional<Criterion> criterion(String code) {
        String wanted = code == null ? null : code.strip();
        return pillars.stream().flatMap(p -> p.getCriteria().stream())
                .filter(c -> c.getCode().equals(wanted)).findFirst();
    }

    public List<Criterion> criteria() {
        return pillars.stream().flatMap(p -> p.getCriteria().stream()).toList();
    }

    private void requireDraft() {
        if (isFrozen()) {
            throw new StateConflictException("framework.frozen", name);
        }
    }

    private static BigDecimal positive(BigDecimal max, String what) {
        BigDecimal exact = Points.exact(max, what);
        if (exact.signum() <= 0) {
            throw new DomainRuleException("framework.max.invalid", what);
        }
        return exact;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public AdministrativeUnit getIssuer() {
        return issuer;
    }

    public String getIssuerPath() {
        return issuerPath;
    }

    public int getYear() {
        return year;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public List<GradeBand> getBands() {
        return Collections.unmodifiableList(bands);
    }

    public FrameworkStatus getStatus() {
        return status;
    }

    public List<Pillar> getPillars() {
        return Collections.unmodifiableList(pillars);
    }
}
