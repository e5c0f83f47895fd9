package vn.dtiplan.interfaces.security;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import vn.dtiplan.domain.account.SingleSignOnLink.Claim;

/**
 * Single sign-on settings from MicroProfile Config (system properties, then the environment:
 * {@code DTIPLAN_OIDC_ISSUER}, {@code DTIPLAN_OIDC_CLIENT_ID}, {@code DTIPLAN_OIDC_CLIENT_SECRET},
 * {@code DTIPLAN_OIDC_CLAIM}). Off unless both the issuer and the client id are set; the claim
 * linking accounts is {@code preferred_username} unless {@code email} is chosen.
 */
public record SingleSignOnSettings(String issuer, String clientId, String clientSecret, Claim claim) {

    public static final SingleSignOnSettings OFF = new SingleSignOnSettings(null, null, null, Claim.PREFERRED_USERNAME);

    public static SingleSignOnSettings from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    /** The settings read through {@code lookup}; an unknown claim name is refused. */
    public static SingleSignOnSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        return new SingleSignOnSettings(value.apply("dtiplan.oidc.issuer").orElse(null),
                value.apply("dtiplan.oidc.client-id").orElse(null),
                value.apply("dtiplan.oidc.client-secret").orElse(""),
                value.apply("dtiplan.oidc.claim").map(Claim::named).orElse(Claim.PREFERRED_USERNAME));
    }

    public boolean enabled() {
        return issuer != null && clientId != null;
    }
}
