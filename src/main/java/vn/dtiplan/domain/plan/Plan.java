package vn.dtiplan.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.tenancy.UnitPath;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * A plan (kế hoạch) of one unit: the header of an official document and, through its tasks,
 * what the unit will do. Tenant-owned by its unit's path; a draft is seen only inside its
 * unit, an issued plan also by the units below and by the child units it reaches.
 *
 * <p>Issuing ({@link #issue}) is the one step that copies tasks down the tree: every
 * cascading task goes to each target child unit as a {@link InheritanceState#PENDING}
 * inherited task. A plan that implements a parent plan passes the coverage gate first: no
 * inherited task of that parent plan may still be pending in the unit.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private AdministrativeUnit unit;

    @Column(name = "unit_path", nullable = false, length = 400)
    private String unitPath;

    @Column(nullable = false, length = 60)
    private String number;

    @Column(name = "plan_date")
    private LocalDate date;

    @Column(length = 120)
    private String place;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(name = "to_year")
    private Integer toYear;

    @Column(name = "open_ended", nullable = false)
    private boolean openEnded;

    @Convert(converter = TextListConverter.class)
    @Column(name = "legal_bases", length = 8000)
    private List<String> legalBases = new ArrayList<>();

    @Column(name = "purpose", length = 8000)
    private String purpose;

    @Column(name = "budget", length = 2000)
    private String budget;

    @Convert(converter = TextListConverter.class)
    @Column(name = "recipients", length = 4000)
    private List<String> recipients = new ArrayList<>();

    @Column(name = "signer_authority", length = 20)
    private String signerAuthority;

    @Column(name = "signer_title", length = 120)
    private String signerTitle;

    @Column(name = "signer_name", length = 120)
    private String signerName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "implements_plan_id")
    private Plan implementsPlan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @Convert(converter = PlanAnswersConverter.class)
    @Column(name = "answers", length = 16000)
    private PlanAnswers answers = PlanAnswers.NONE;

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(AdministrativeUnit unit, PlanHeader header, Plan implementsPlan) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.unitPath = Objects.requireNonNull(unit.getPath(), "unit path");
        if (implementsPlan != null) {
            requireImplementable(implementsPlan);
        }
        this.implementsPlan = implementsPlan;
        revise(header);
    }

    private void requireImplementable(Plan parent) {
        boolean ancestor = UnitPath.of(unitPath).isBelow(UnitPath.of(parent.unitPath));
        if (!ancestor || !parent.status.isIssued()) {
            throw new DomainRuleException("plan.implements.invalid", parent.number);
        }
    }

    /** Replaces the header of a draft. */
    public void revise(PlanHeader header) {
        requireDraft();
        this.number = required(header.number(), "plan.number.required");
        this.title = required(header.title(), "plan.title.required");
        if (header.year() < 2000 || header.year() > 2100) {
            throw new DomainRuleException("plan.year.invalid", String.valueOf(header.year()));
        }
        this.year = header.year();
        setYears(header);
        this.date = header.date();
        this.place = blankToNull(header.place());
        this.legalBases = new ArrayList<>(TextListConverter.clean(header.legalBases()));
        this.purpose = blankToNull(header.purpose());
        this.budget = blankToNull(header.budget());
        this.recipients = new ArrayList<>(TextListConverter.clean(header.recipients()));
        this.signerAuthority = blankToNull(header.signerAuthority());
        this.signerTitle = blankToNull(header.signerTitle());
        this.signerName = blankToNull(header.signerName());
    }

    private void setYears(PlanHeader header) {
        if (header.openEnded() && header.toYear() != null
                || header.toYear() != null && (header.toYear() < year || header.toYear() > year + 50)) {
            throw new DomainRuleException("plan.toYear.invalid", String.valueOf(header.toYear()));
        }
        this.toYear = header.toYear() == null || header.toYear() == year ? null : header.toYear();
        this.openEnded = header.openEnded();
    }

    /** The first day recurring tasks fall due on or after: 1 January of the plan's (first) year. */
    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    /** The last day recurring tasks fall due: 31/12 of the plan's last year; none for an open-ended plan. */
    public Optional<LocalDate> lastDay() {
        return openEnded ? Optional.empty() : Optional.of(LocalDate.of(toYear == null ? year : toYear, 12, 31));
    }

    /**
     * The date of the plan this one implements, directly or further up, whose unit is of {@code level}
     * ("Kế hoạch của UBND tỉnh"); else of the plan it implements directly; none when it implements none.
     */
    public Optional<LocalDate> implementedPlanDate(UnitLevel level) {
        for (Plan p = getImplementsPlan(); p != null; p = p.getImplementsPlan()) {
            if (p.getUnit().getLevel() == level) {
                return Optional.ofNullable(p.getDate());
            }
        }
        return Optional.ofNullable(getImplementsPlan()).map(Plan::getDate);
    }

    public void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new StateConflictException("plan.notDraft", number);
        }
    }

    /**
     * Issues the plan and returns the inherited copies to store: each cascading task to each
     * of its target child units. {@code pendingOfParent} are the inherited tasks of the
     * implemented plan still pending in this unit (the coverage gate); {@code children} the
     * direct child units in force.
     *
     * @throws StateConflictException when already issued, or when the gate refuses (the
     *         message lists the pending tasks)
     */
    public List<InheritedTask> issue(Collection<Task> tasks, Collection<? extends Task> pendingOfParent,
                            Collection<AdministrativeUnit> children, String by, LocalDate today) {
        if (status != PlanStatus.DRAFT) {
            throw new StateConflictException("plan.issue.twice", number);
        }
        if (!pendingOfParent.isEmpty()) {
            throw new StateConflictException("plan.issue.pending", String.valueOf(pendingOfParent.size()),
                    getImplementsPlan() == null ? "" : getImplementsPlan().getNumber(), listing(pendingOfParent));
        }
        status = PlanStatus.ISSUED;
        issuedBy = by;
        if (date == null) {
            date = today;
        }
        List<InheritedTask> copies = new ArrayList<>();
        for (Task task : tasks) {
            task.publish();
            copies.addAll(task.cascadeTo(children));
        }
        return copies;
    }

    /** Replaces what a draft answers and leaves for later (see {@link IssueCheck}). */
    public void answer(PlanAnswers answers) {
        requireDraft();
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    /** Records in a draft that a criterion is not addressed this year, and why. */
    public void leaveUnaddressed(NotAddressed line) {
        answer(getAnswers().withNotAddressed(line));
    }

    /** Marks an issued plan as amended (a task changed after issue). */
    public void markAmended() {
        if (status == PlanStatus.ISSUED) {
            status = PlanStatus.AMENDED;
        }
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleException(key);
        }
        return value.strip().replaceAll("\\s+", " ");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getPlace() {
        return place;
    }

    public String getTitle() {
        return title;
    }

    public int getYear() {
        return year;
    }

    public Integer getToYear() {
        return toYear;
    }

    public boolean isOpenEnded() {
        return openEnded;
    }

    public List<String> getLegalBases() {
        return List.copyOf(legalBases);
    }

    public String getPurpose() {
        return purpose;
    }

    public String getBudget() {
        return budget;
    }

    public List<String> getRecipients() {
        return List.copyOf(recipients);
    }

    public String getSignerAuthority() {
        return signerAuthority;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public Plan getImplementsPlan() {
        return implementsPlan;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public PlanAnswers getAnswers() {
        return answers == null ? PlanAnswers.NONE : answers;
    }

    /** "#12 «Nâng cao tỷ lệ …»; #13 «…»": how a refusal names tasks (each solution cut at 80 characters). */
    private static String listing(java.util.Collection<? extends Task> tasks) {
        return tasks.stream().map(t -> "#" + t.getId() + " «" + shorten(t.getSolution()) + "»")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
