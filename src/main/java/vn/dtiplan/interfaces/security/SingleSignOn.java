package vn.dtiplan.interfaces.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dtiplan.domain.account.SingleSignOnLink.Claim;

/**
 * The OpenID Connect client of Jakarta Security (Soteria in Payara), defined here and read from
 * {@link SingleSignOnSettings} through the {@code ${singleSignOn...}} expressions when the first
 * single sign-on request builds its configuration (never while the settings leave it off).
 * {@link AuthenticationMechanism} stays the application's one mechanism and hands only the
 * {@link SingleSignOnMechanism} paths to the provider's mechanism. A setting that cannot be
 * read (an unknown claim) leaves single sign-on off and says so in the log: the form and the API
 * keep working.
 */
@ApplicationScoped
@Named("singleSignOn")
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${singleSignOn.issuer}",
        clientId = "${singleSignOn.clientId}",
        clientSecret = "${singleSignOn.clientSecret}",
        redirectURI = "${baseURL}" + SingleSignOnMechanism.CALLBACK,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "${singleSignOn.claimName}"),
        tokenAutoRefresh = false)
public class SingleSignOn {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    private SingleSignOnSettings settings = SingleSignOnSettings.OFF;

    @PostConstruct
    void read() {
        try {
            settings = SingleSignOnSettings.from(ConfigProvider.getConfig());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "Single sign-on is off: {0}", e.getMessage());
        }
    }

    public boolean isEnabled() {
        return settings.enabled();
    }

    public String getIssuer() {
        return settings.enabled() ? settings.issuer() : "";
    }

    public String getClientId() {
        return settings.enabled() ? settings.clientId() : "";
    }

    public String getClientSecret() {
        return settings.clientSecret() == null ? "" : settings.clientSecret();
    }

    public String getClaimName() {
        return settings.claim().claimName();
    }

    public Claim claim() {
        return settings.claim();
    }
}
