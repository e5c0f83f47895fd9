package vn.dtiplan.domain.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a person signed in at the province's OpenID Connect provider becomes a dtiplan account.
 * The administrator chooses one claim ({@link Claim}); its value must name exactly one account
 * (user name: equal; e-mail: equal ignoring case), and that account must be enabled. An e-mail
 * the provider says is not verified links nothing: anyone could otherwise type an official's
 * address into a self-service profile. The account keeps its own roles and unit: the provider's
 * groups are never used.
 */
public final class SingleSignOnLink {

    /** The claim that carries the linking value, as the administrator chose it. */
    public enum Claim {
        PREFERRED_USERNAME("preferred_username"), EMAIL("email");

        private final String claimName;

        Claim(String claimName) {
            this.claimName = claimName;
        }

        /** The claim's name in the ID token and user info. */
        public String claimName() {
            return claimName;
        }

        /** The claim named {@code name} ({@code preferred_username} or {@code email}, any case). */
        public static Claim named(String name) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (Claim claim : values()) {
                if (claim.claimName.equals(wanted)) {
                    return claim;
                }
            }
            throw new IllegalArgumentException("Unknown linking claim '" + name + "' (preferred_username or email)");
        }
    }

    /** An account the claim's value may name. */
    public record Candidate(String username, boolean enabled, Set<String> roles) {
    }

    /** Where the accounts a claim's value names are looked up (before any scope exists). */
    public interface Accounts {

        /** Every account whose user name (or e-mail, ignoring case) is {@code value}. */
        List<Candidate> named(Claim claim, String value);
    }

    /** Why a signed-in person got no account. */
    public enum Refusal {
        /** The claim is missing, names no account, names several, or is an unverified e-mail. */
        UNKNOWN,
        /** The one account named is disabled. */
        DISABLED
    }

    /** The account signed in, or why none was. */
    public record Outcome(Optional<Candidate> account, Refusal refusal) {

        static Outcome linked(Candidate account) {
            return new Outcome(Optional.of(account), null);
        }

        static Outcome refused(Refusal refusal) {
            return new Outcome(Optional.empty(), refusal);
        }
    }

    private SingleSignOnLink() {
    }

    /**
     * The outcome for a claim value (null when the provider sent none), whether the provider
     * marked the e-mail verified (null when it did not say), and the accounts the value names.
     */
    public static Outcome resolve(Claim claim, String value, Boolean emailVerified, List<Candidate> candidates) {
        if (value == null || value.isBlank() || claim == Claim.EMAIL && Boolean.FALSE.equals(emailVerified)
                || candidates.size() != 1) {
            return Outcome.refused(Refusal.UNKNOWN);
        }
        Candidate account = candidates.get(0);
        return account.enabled() ? Outcome.linked(account) : Outcome.refused(Refusal.DISABLED);
    }
}
