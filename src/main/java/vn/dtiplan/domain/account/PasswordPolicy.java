package vn.dtiplan.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which passwords may be set (a new account, a changed password). Refused, each with its own
 * message key so the person learns why: shorter than {@value #MIN_LENGTH} characters; one of
 * the common passwords of {@code common-passwords.txt} (international lists and Vietnamese
 * favourites such as {@code matkhau123}), also with digits or symbols added at the end; fewer
 * than {@value #MIN_DISTINCT} different characters ({@code aaaaaaaaaa}, {@code ababababab}); a
 * run along the alphabet, the digits or a keyboard row ({@code 1234567890}, {@code qwertyuiop},
 * {@code 9876543210}) making up most of it; or the user name inside it.
 *
 * <p>No maintained strength estimator (zxcvbn) is served by the project's registry, so these
 * rules stand in for one: they refuse what guessing tools try first, without demanding a mix of
 * character classes (a long phrase is a good password).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final int MIN_DISTINCT = 5;
    private static final String[] ROWS = {"abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl",
        "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"};
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses a password that may not be set, with the reason's message key. */
    public static void check(char[] password, String username) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new AccountRuleException("account.password.tooShort");
        }
        String text = new String(password).toLowerCase(Locale.ROOT);
        if (text.chars().distinct().count() < MIN_DISTINCT) {
            throw new AccountRuleException("account.password.repetitive");
        }
        if (isCommon(text)) {
            throw new AccountRuleException("account.password.common");
        }
        if (longestRun(text) * 2 > text.length()) {
            throw new AccountRuleException("account.password.sequence");
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && (text.contains(name) || text.contains(name.replace(".", "")))) {
            throw new AccountRuleException("account.password.containsName");
        }
    }

    private static boolean isCommon(String text) {
        String stem = text.replaceFirst("[^\\p{L}]+$", "");
        return COMMON.contains(text) || COMMON.contains(stem) || COMMON.contains(text.replace(" ", ""));
    }

    /** The longest stretch that runs forwards or backwards along one of the rows. */
    static int longestRun(String text) {
        int longest = 1;
        int run = 1;
        int direction = 0;
        for (int i = 1; i < text.length(); i++) {
            int step = step(text.charAt(i - 1), text.charAt(i));
            if (step != 0 && (step == direction || run == 1)) {
                run++;
                direction = step;
            } else {
                run = step != 0 ? 2 : 1;
                direction = step;
            }
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static int step(char from, char to) {
        for (String row : ROWS) {
            int at = row.indexOf(from);
            while (at >= 0) {
                if (at + 1 < row.length() && row.charAt(at + 1) == to) {
                    return 1;
                }
                if (at > 0 && row.charAt(at - 1) == to) {
                    return -1;
                }
                at = row.indexOf(from, at + 1);
            }
        }
        return 0;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
