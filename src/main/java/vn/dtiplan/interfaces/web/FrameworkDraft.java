package vn.dtiplan.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.dtiplan.application.FrameworkView;
import vn.dtiplan.application.NewFramework;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.framework.Names;
import vn.dtiplan.domain.workbook.Grid;

/**
 * The framework editor's form: a draft framework's name, pillars and criteria as typed text.
 * Maxima are read like the score inputs (a dot or a comma as decimal separator); a line left
 * entirely blank (an added line nobody filled) is ignored. Every other rule is the framework's
 * own, applied when the service revises the draft, so the screen says exactly what the API says.
 */
public class FrameworkDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private final List<PillarLine> pillars = new ArrayList<>();

    public static FrameworkDraft of(FrameworkView framework) {
        FrameworkDraft draft = new FrameworkDraft();
        draft.name = framework.name();
        for (FrameworkView.Pillar p : framework.pillars()) {
            PillarLine line = new PillarLine(p.name(), text(p.max()));
            p.criteria().forEach(c -> line.criteria.add(new CriterionLine(c.code(), c.title(), text(c.max()),
                    c.scoringMethod(), c.evidence())));
            draft.pillars.add(line);
        }
        return draft;
    }

    /** The revision to send: the framework's issuer, year, level, kind and grade bands with the typed content. */
    public NewFramework request(FrameworkView framework) {
        return new NewFramework(framework.issuerCode(), framework.year(), framework.level(), name,
                pillars.stream().filter(p -> !p.isBlank()).map(p -> new NewFramework.Pillar(p.name,
                        number(p.max, p.name), p.criteria.stream().filter(c -> !c.isBlank())
                        .map(c -> new NewFramework.Criterion(c.code, c.title, number(c.max, c.code),
                                c.scoringMethod, c.evidence)).toList())).toList(),
                framework.kind(), framework.bands() == null ? null : framework.bands().stream()
                        .map(b -> new NewFramework.Band(b.min(), b.label())).toList());
    }

    /**
     * The line a refusal is about, as a {@link Names#key key}: the criterion code or pillar name its
     * message names first (the framework's rules put it first), or the owner of a maximum the form
     * could not read; the screen marks the lines it matches.
     */
    public static String subjectOf(DomainRuleException refusal) {
        Object[] arguments = refusal.arguments();
        int index = "frameworks.edit.number".equals(refusal.messageKey()) ? 1 : 0;
        return arguments.length > index ? Names.key(String.valueOf(arguments[index])) : null;
    }

    public void addPillar() {
        pillars.add(new PillarLine(null, null));
    }

    public void removePillar(PillarLine pillar) {
        pillars.remove(pillar);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal number(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Grid.number(text).orElseThrow(
                () -> new DomainRuleException("frameworks.edit.number", text, what == null ? "" : what));
    }

    private static boolean blank(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<PillarLine> getPillars() {
        return pillars;
    }

    /** A pillar line: its name and maximum, with its criteria. */
    public static class PillarLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String max;
        private final List<CriterionLine> criteria = new ArrayList<>();

        PillarLine(String name, String max) {
            this.name = name;
            this.max = max;
        }

        public void addCriterion() {
            criteria.add(new CriterionLine(null, null, null, null, null));
        }

        public void removeCriterion(CriterionLine criterion) {
            criteria.remove(criterion);
        }

        boolean isBlank() {
            return blank(name, max) && criteria.stream().allMatch(CriterionLine::isBlank);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getMax() {
            return max;
        }

        public void setMax(String max) {
            this.max = max;
        }

        public List<CriterionLine> getCriteria() {
            return criteria;
        }
    }

    /** A criterion line: code, title, maximum, how it is scored and its evidence. */
    public static class CriterionLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String title;
        private String max;
        private String scoringMethod;
        private String evidence;

        CriterionLine(String code, String title, String max, String scoringMethod, String evidence) {
            this.code = code;
            this.title = title;
            this.max = max;
            this.scoringMethod = scoringMethod;
            this.evidence = evidence;
        }

        boolean isBlank() {
            return blank(code, title, max, scoringMethod, evidence);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getMax() {
            return max;
        }

        public void setMax(String max) {
            this.max = max;
        }

        public String getScoringMethod() {
            return scoringMethod;
        }

        public void setScoringMethod(String scoringMethod) {
            this.scoringMethod = scoringMethod;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }
}
