package vn.dtiplan.domain.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.dtiplan.domain.framework.Criterion;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.Pillar;
import vn.dtiplan.domain.framework.Points;

/**
 * The points a unit's tasks can win back on its latest assessment (điểm có thể lấy lại), and the
 * score it would reach once they are done.
 *
 * <p>A task targets a criterion or a whole pillar of the assessment's framework:
 * <ul>
 * <li>by its criterion title when it has one, ignoring case, spacing and punctuation (a plan numbers
 * its sections its own way: 4638/KH-UBND's 3.1 is the framework's 2.1), a title that starts the
 * other's words matching too; a title naming a pillar targets the pillar;</li>
 * <li>else by its criterion code.</li>
 * </ul>
 * A criterion with a score (given or derived) can win back its maximum minus that score. On a
 * pillar-only assessment a criterion has no score: it can win back at most its maximum and at most
 * what its pillar lost. A pillar target wins back what the pillar lost. A target without a known
 * pillar or criterion score has nothing to show.
 *
 * <p>The projection counts each target once however many tasks aim at it; a criterion is not
 * counted again when its pillar or an enclosing criterion is targeted too; what a pillar wins back
 * never exceeds what it lost, and the projected score never exceeds the framework's maximum.
 *
 * <p>The framework's titles are normalised once per instance ({@link Titles}), not once per target: a
 * unit's progress resolves every task it has taken on against every criterion.
 */
public final class PointsAtStake {

    private static final int PREFIX = 40;
    private static final int MIN_TITLE = 12;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** What a task aims at, as the task states it. */
    public record Target(String criterionCode, String criterionTitle) {
    }

    /** What one target can win back: {@code code} is the criterion's code, or null for a whole pillar. */
    public record Stake(String code, String pillar, BigDecimal max, BigDecimal score, BigDecimal points) {
    }

    /** The current score, the score once the targets are done, and the framework maximum. */
    public record Projection(int year, BigDecimal current, BigDecimal projected, BigDecimal max) implements Serializable {

        public BigDecimal gain() {
            return Points.plain(projected.subtract(current));
        }
    }

    private final int year;
    private final Scorecard card;
    private Titles titles;

    public PointsAtStake(int year, Scorecard card) {
        this.year = year;
        this.card = Objects.requireNonNull(card);
    }

    public int year() {
        return year;
    }

    /** What the target can win back, when the framework knows it and its score is known. */
    public Optional<Stake> of(Target target) {
        return resolve(target).flatMap(this::stake);
    }

    /** The pillar the target aims at (the pillar itself or its criterion's), by the same matching as its points. */
    public Optional<String> pillarOf(Target target) {
        return resolve(target).map(aim -> aim instanceof Pillar p ? p : ((Criterion) aim).getPillar()).map(Pillar::getName);
    }

    /** The framework's pillar names, in its order. */
    public List<String> pillars() {
        return card.framework().getPillars().stream().map(Pillar::getName).toList();
    }

    /** The current total and what it becomes once every target is done; empty when nothing is scored. */
    public Optional<Projection> projection(Collection<Target> targets) {
        BigDecimal current = card.total();
        if (current == null) {
            return Optional.empty();
        }
        Map<Object, Stake> distinct = new LinkedHashMap<>();
        targets.stream().map(this::resolve).flatMap(Optional::stream)
                .forEach(aim -> stake(aim).ifPresent(s -> distinct.putIfAbsent(aim, s)));
        Map<String, BigDecimal> perPillar = new LinkedHashMap<>();
        distinct.forEach((aim, stake) -> {
            if (!covered(aim, distinct.keySet())) {
                perPillar.merge(stake.pillar(), stake.points(), BigDecimal::add);
            }
        });
        BigDecimal gain = card.framework().getPillars().stream()
                .map(p -> capped(p, perPillar.getOrDefault(p.getName(), BigDecimal.ZERO)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal projected = current.add(gain).min(card.max());
        return Optional.of(new Projection(year, Points.plain(current), Points.plain(projected), Points.plain(card.max())));
    }

    private BigDecimal capped(Pillar pillar, BigDecimal gain) {
        BigDecimal lost = card.pillar(pillar).lost();
        return lost == null ? gain : gain.min(lost);
    }

    /** Whether the target's pillar, or a criterion enclosing it, is targeted as well. */
    private static boolean covered(Object aim, Collection<Object> aims) {
        if (!(aim instanceof Criterion c)) {
            return false;
        }
        if (aims.contains(c.getPillar())) {
            return true;
        }
        for (Optional<Criterion> up = c.getPillar().parentOf(c.getCode()); up.isPresent();
                up = c.getPillar().parentOf(up.get().getCode())) {
            if (aims.contains(up.get())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Stake> stake(Object aim) {
        if (aim instanceof Pillar p) {
            BigDecimal lost = card.pillar(p).lost();
            return lost == null ? Optional.empty()
                    : Optional.of(new Stake(null, p.getName(), Points.plain(p.getMax()), card.pillar(p).score(), lost));
        }
        Criterion c = (Criterion) aim;
        BigDecimal score = card.criterionScore(c);
        if (score != null) {
            return Optional.of(new Stake(c.getCode(), c.getPillar().getName(), Points.plain(c.getMax()),
                    Points.plain(score), Points.plain(c.getMax().subtract(score))));
        }
        BigDecimal pillarLost = card.pillar(c.getPillar()).lost();
        return pillarLost == null ? Optional.empty()
                : Optional.of(new Stake(c.getCode(), c.getPillar().getName(), Points.plain(c.getMax()), null,
                        Points.plain(c.getMax().min(pillarLost))));
    }

    /** The criterion of {@code framework} a target aims at, by the same matching as its points (none for a pillar). */
    public static Optional<Criterion> criterionOf(IndexFramework framework, Target target) {
        return criteriaOf(framework).apply(target);
    }

    /** {@link #criterionOf} for many targets of one framework: its titles are normalised once, here. */
    public static Function<Target, Optional<Criterion>> criteriaOf(IndexFramework framework) {
        Titles titles = new Titles(framework);
        return target -> titles.resolve(target).filter(Criterion.class::isInstance).map(Criterion.class::cast);
    }

    /** The criterion or pillar a target aims at. */
    private Optional<Object> resolve(Target target) {
        if (titles == null) {
            titles = new Titles(card.framework());
        }
        return titles.resolve(target);
    }

    /** A framework's pillar names and criterion titles, normalised, in the framework's order. */
    private static final class Titles {

        private final IndexFramework framework;
        private final Map<String, Pillar> pillars = new LinkedHashMap<>();
        private final List<Map.Entry<Criterion, String>> criteria;

        Titles(IndexFramework framework) {
            this.framework = framework;
            framework.getPillars().forEach(p -> pillars.putIfAbsent(normal(p.getName()), p));
            criteria = framework.criteria().stream().map(c -> Map.entry(c, normal(c.getTitle()))).toList();
        }

        Optional<Object> resolve(Target target) {
            String title = normal(target.criterionTitle());
            if (!title.isEmpty()) {
                Pillar pillar = pillars.get(title);
                return pillar != null ? Optional.of(pillar) : byTitle(title);
            }
            return target.criterionCode() == null ? Optional.empty()
                    : framework.criterion(target.criterionCode().strip()).map(c -> c);
        }

        private Optional<Object> byTitle(String title) {
            Optional<Criterion> exact = criteria.stream().filter(e -> e.getValue().equals(title))
                    .map(Map.Entry::getKey).findFirst();
            if (exact.isPresent()) {
                return exact.map(c -> c);
            }
            return criteria.stream().filter(e -> alike(e.getValue(), title))
                    .max(Comparator.comparingInt(e -> sharedPrefix(e.getValue(), title)))
                    .map(Map.Entry::getKey);
        }
    }

    /** Titles share their first {@value #PREFIX} characters, or one starts the other and has a dozen at least. */
    private static boolean alike(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int shared = sharedPrefix(a, b);
        return shared >= PREFIX || shared == shorter && shorter >= MIN_TITLE;
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Lower case, letters and digits only, single spaces (diacritics kept: they tell words apart). */
    static String normal(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_A_WORD.matcher(nfc).replaceAll(" ").strip();
    }
}
