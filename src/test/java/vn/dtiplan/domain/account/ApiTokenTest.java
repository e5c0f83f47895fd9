package vn.dtiplan.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void lastsNinetyDaysByDefaultAndThroughTheLastDayInVietnam() {
        assertEquals(NOW.plus(ApiToken.DEFAULT_LIFE), ApiToken.create("script", null, NOW).expiresAt());
        ApiToken token = ApiToken.create(" báo cáo tuần ", LocalDate.parse("2026-12-31"), NOW);
        assertEquals("báo cáo tuần", token.name());
        assertEquals(Instant.parse("2026-12-31T17:00:00Z"), token.expiresAt(), "midnight in Vietnam, UTC+7");
        assertTrue(token.validAt(Instant.parse("2026-12-31T16:59:59Z")));
        assertFalse(token.validAt(token.expiresAt()));
    }

    @Test
    void refusesANamelessTokenAPastDayAndMoreThanAYear() {
        assertEquals("token.name.invalid",
                assertThrows(AccountRuleException.class, () -> ApiToken.create(" ", null, NOW)).messageKey());
        assertEquals("token.name.invalid",
                assertThrows(AccountRuleException.class, () -> ApiToken.create("a\u0000b", null, NOW)).messageKey());
        assertEquals("token.expires.past", assertThrows(AccountRuleException.class,
                () -> ApiToken.create("x", LocalDate.parse("2026-12-03"), NOW)).messageKey());
        assertEquals("token.expires.tooFar", assertThrows(AccountRuleException.class,
                () -> ApiToken.create("x", LocalDate.parse("2028-01-01"), NOW)).messageKey());
        ApiToken.create("x", LocalDate.parse("2027-12-04"), NOW);
    }

    @Test
    void secretsAreRandomAndOnlyTheirDigestIsKept() {
        String secret = ApiToken.newSecret();
        assertTrue(ApiToken.looksLikeSecret(secret), secret);
        assertNotEquals(secret, ApiToken.newSecret());
        assertEquals(64, ApiToken.digest(secret).length());
        assertFalse(ApiToken.digest(secret).contains(secret.substring(4)));
        assertFalse(ApiToken.looksLikeSecret("abc"));
        assertFalse(ApiToken.looksLikeSecret(secret.substring(0, 40) + "%%%" + secret.substring(43)));
    }
}
