package vn.dtiplan.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.account.SingleSignOnLink.Claim;

class SingleSignOnSettingsTest {

    private static SingleSignOnSettings of(Map<String, String> values) {
        return SingleSignOnSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void offUnlessIssuerAndClientIdAreSet() {
        assertFalse(of(Map.of()).enabled());
        assertFalse(of(Map.of("dtiplan.oidc.issuer", "https://sso.example.gov.vn/realms/tinh")).enabled());
        assertFalse(of(Map.of("dtiplan.oidc.issuer", " ", "dtiplan.oidc.client-id", "dtiplan")).enabled());
        SingleSignOnSettings on = of(Map.of("dtiplan.oidc.issuer", "https://sso.example.gov.vn/realms/tinh",
                "dtiplan.oidc.client-id", "dtiplan"));
        assertTrue(on.enabled());
        assertEquals(Claim.PREFERRED_USERNAME, on.claim());
        assertEquals("", on.clientSecret());
    }

    @Test
    void theClaimIsChosenByNameAndAnUnknownOneIsRefused() {
        assertEquals(Claim.EMAIL, of(Map.of("dtiplan.oidc.claim", "email")).claim());
        assertThrows(IllegalArgumentException.class, () -> of(Map.of("dtiplan.oidc.claim", "sub")));
    }
}
