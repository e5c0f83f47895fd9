package vn.dtiplan.domain.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.dtiplan.domain.DomainRuleException;

/**
 * A criterion (tiêu chí, chỉ số thành phần): a code such as {@code 6.4} or {@code 1.2.1}, a title,
 * maximum points, how it is scored and the evidence (minh chứng) it needs.
 */
@Entity
@Table(name = "framework_criterion")
public class Criterion {

    static final Pattern CODE = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,4}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pillar_id", nullable = false)
    private Pillar pillar;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "max_points", nullable = false, precision = 9, scale = 4)
    private BigDecimal max;

    @Column(name = "scoring_method", length = 2000)
    private String scoringMethod;

    @Column(length = 2000)
    private String evidence;

    protected Criterion() {
    }

    Criterion(Pillar pillar, int position, String code, String title, BigDecimal max,
              String scoringMethod, String evidence) {
        String cleanTitle = Names.clean(title);
        if (cleanTitle == null || cleanTitle.isEmpty()) {
            throw new DomainRuleException("framework.criterion.title.required", code);
        }
        this.pillar = pillar;
        this.position = position;
        this.code = code;
        this.title = cleanTitle;
        this.max = max;
        this.scoringMethod = blankToNull(scoringMethod);
        this.evidence = blankToNull(evidence);
    }

    Criterion moveTo(Pillar owner) {
        pillar = owner;
        return this;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Pillar getPillar() {
        return pillar;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getMax() {
        return max;
    }

    public String getScoringMethod() {
        return scoringMethod;
    }

    public String getEvidence() {
        return evidence;
    }
}
