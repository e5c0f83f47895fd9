package vn.dtiplan.domain.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.DomainRuleException;

/**
 * A pillar (nội dung, trục) of a framework with its maximum points and its criteria.
 *
 * <p>Criteria nest by code: {@code 1.2.1} lies under {@code 1.2} when {@code 1.2} exists in the
 * same pillar, else it stands at the top. The maxima of the criteria directly under a parent
 * (or at the top) may not add up to more than the parent's (or the pillar's) maximum; they may
 * add up to less, because a framework may list only some criteria (the seeds name only the
 * criteria that lost points).
 */
@Entity
@Table(name = "framework_pillar")
public class Pillar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", nullable = false)
    private IndexFramework framework;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "max_points", nullable = false, precision = 9, scale = 4)
    private BigDecimal max;

    @OneToMany(mappedBy = "pillar", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected Pillar() {
    }

    Pillar(IndexFramework framework, int position, String name, BigDecimal max) {
        this.framework = framework;
        this.position = position;
        this.name = name;
        this.max = max;
    }

    Criterion add(String code, String title, BigDecimal criterionMax, String scoringMethod, String evidence) {
        Optional<Criterion> parent = parentOf(code);
        BigDecimal room = parent.map(Criterion::getMax).orElse(max);
        BigDecimal used = children(parent.orElse(null)).stream().map(Criterion::getMax)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (used.add(criterionMax).compareTo(room) > 0) {
            throw new DomainRuleException("framework.criterion.max.exceeds", code,
                    Points.text(room), parent.map(Criterion::getCode).orElse(name));
        }
        Criterion criterion = new Criterion(this, criteria.size() + 1, code, title, criterionMax, scoringMethod, evidence);
        criteria.add(criterion);
        return criterion;
    }

    /** This pillar, now of {@code owner}: a pillar of a revision moving into the framework it revises. */
    Pillar moveTo(IndexFramework owner) {
        framework = owner;
        return this;
    }

    /** This stored pillar with the position, name, maximum and criteria of {@code revised} (a pillar of a revision). */
    Pillar takeOver(Pillar revised) {
        position = revised.position;
        name = revised.name;
        max = revised.max;
        criteria.clear();
        revised.criteria.forEach(c -> criteria.add(c.moveTo(this)));
        return this;
    }

    /** The nearest criterion of this pillar whose code is a prefix of {@code code}. */
    public Optional<Criterion> parentOf(String code) {
        String candidate = code;
        for (int dot = candidate.lastIndexOf('.'); dot > 0; dot = candidate.lastIndexOf('.')) {
            candidate = candidate.substring(0, dot);
            String wanted = candidate;
            Optional<Criterion> found = criteria.stream().filter(c -> c.getCode().equals(wanted)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The criteria directly under {@code parent}, or at the top when {@code parent} is null. */
    public List<Criterion> children(Criterion parent) {
        return criteria.stream().filter(c -> parentOf(c.getCode()).orElse(null) == parent).toList();
    }

    public Long getId() {
        return id;
    }

    public IndexFramework getFramework() {
        return framework;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMax() {
        return max;
    }

    public List<Criterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }
}
