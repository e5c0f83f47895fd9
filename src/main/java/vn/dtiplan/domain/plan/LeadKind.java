package vn.dtiplan.domain.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a task's lead (chủ trì) names: a department of the plan's unit, the child units as a
 * class ("UBND các phường, xã"), or something the system does not know, kept as written.
 */
public enum LeadKind {
    DEPARTMENT, CHILD_UNITS, AS_WRITTEN;

    private static final Pattern CHILD_UNITS_WORDS = Pattern.compile(
            "^(ubnd|uy ban nhan dan)\\s+cac\\s+(phuong|xa|quan|huyen|thi xa|thanh pho)\\b.*");

    /** Whether the words name the child units as a class (with or without diacritics). */
    public static boolean namesChildUnits(String words) {
        return words != null && CHILD_UNITS_WORDS.matcher(fold(words)).matches();
    }

    /** Lower case, no diacritics, single spaces: how names are compared. */
    public static String fold(String words) {
        String decomposed = Normalizer.normalize(words.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replace('đ', 'd');
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("[\\s\\u00a0]+", " ");
    }
}
