package vn.dtiplan.domain.plan;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The department a task's lead most likely means when it names none exactly: plans write who
 * leads as the person or office ("Công chức Văn hóa - Xã hội") where the unit's list has the
 * department ("Bộ phận Văn hóa - Xã hội"). Names are compared {@link LeadKind#fold folded} (case
 * and diacritics aside), without the words that only say what kind of office or person it is
 * (công chức, cán bộ, bộ phận, phòng, ban, tổ, …), by the Dice coefficient of their word sets.
 * The closest name is suggested when it shares at least {@link #THRESHOLD} of the words and no
 * other name is as close; the official confirms it, nothing is changed by a guess.
 */
public final class LeadMatcher {

    /** The smallest similarity suggested. */
    static final double THRESHOLD = 0.6;

    private static final Pattern ROLE_WORDS = Pattern.compile(
            "\\b(cong chuc|can bo|vien chuc|bo phan|phong|ban|to|nhom|chuyen vien|lanh dao|phu trach|chu tri|va|cac)\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private LeadMatcher() {
    }

    /**
     * The name among {@code departments} the words most likely mean, if one is close enough; empty
     * when the words name one exactly (nothing to suggest), are blank, or nothing is close.
     */
    public static Optional<String> closest(String words, Collection<String> departments) {
        if (words == null || words.isBlank()
                || departments.stream().anyMatch(d -> LeadKind.fold(d).equals(LeadKind.fold(words)))) {
            return Optional.empty();
        }
        Set<String> wanted = keyWords(words);
        String best = null;
        double bestScore = 0;
        boolean tie = false;
        for (String name : departments) {
            double score = similarity(wanted, keyWords(name));
            if (score > bestScore) {
                best = name;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return bestScore >= THRESHOLD && !tie ? Optional.of(best) : Optional.empty();
    }

    /** Dice coefficient of two word sets: 1 for the same words, 0 for none shared. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }

    /** The folded words of a name that say which office it is. */
    static Set<String> keyWords(String name) {
        String folded = ROLE_WORDS.matcher(LeadKind.fold(name)).replaceAll(" ");
        List<String> words = Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isBlank()).toList();
        return new LinkedHashSet<>(words);
    }
}
