package vn.dtiplan.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.account.SingleSignOnLink.Candidate;
import vn.dtiplan.domain.account.SingleSignOnLink.Claim;
import vn.dtiplan.domain.account.SingleSignOnLink.Outcome;
import vn.dtiplan.domain.account.SingleSignOnLink.Refusal;

class SingleSignOnLinkTest {

    private static final Candidate WARD = new Candidate("phuong2.vungtau", true, Set.of("WARD_OFFICER"));
    private static final Candidate DISABLED = new Candidate("cu.phuong2", false, Set.of("WARD_OFFICER"));

    @Test
    void oneEnabledAccountIsSignedInWithItsOwnRoles() {
        Outcome outcome = SingleSignOnLink.resolve(Claim.PREFERRED_USERNAME, "phuong2.vungtau", null, List.of(WARD));
        assertEquals(WARD, outcome.account().orElseThrow());
        assertEquals(null, outcome.refusal());
    }

    @Test
    void noAccountSeveralAccountsOrNoClaimAreUnknown() {
        assertEquals(Refusal.UNKNOWN, SingleSignOnLink.resolve(Claim.EMAIL, "a@x.vn", true, List.of()).refusal());
        assertEquals(Refusal.UNKNOWN,
                SingleSignOnLink.resolve(Claim.EMAIL, "a@x.vn", true, List.of(WARD, DISABLED)).refusal());
        assertEquals(Refusal.UNKNOWN,
                SingleSignOnLink.resolve(Claim.PREFERRED_USERNAME, null, null, List.of(WARD)).refusal());
        assertEquals(Refusal.UNKNOWN,
                SingleSignOnLink.resolve(Claim.PREFERRED_USERNAME, " ", null, List.of(WARD)).refusal());
    }

    @Test
    void aDisabledAccountIsRefusedAsSuch() {
        Outcome outcome = SingleSignOnLink.resolve(Claim.PREFERRED_USERNAME, "cu.phuong2", null, List.of(DISABLED));
        assertEquals(Refusal.DISABLED, outcome.refusal());
        assertEquals(true, outcome.account().isEmpty());
    }

    @Test
    void anUnverifiedEmailLinksNothingButAnUnsaidOneDoes() {
        assertEquals(Refusal.UNKNOWN, SingleSignOnLink.resolve(Claim.EMAIL, "a@x.vn", false, List.of(WARD)).refusal());
        assertEquals(WARD, SingleSignOnLink.resolve(Claim.EMAIL, "a@x.vn", null, List.of(WARD)).account().orElseThrow());
        assertEquals(WARD,
                SingleSignOnLink.resolve(Claim.PREFERRED_USERNAME, "a", false, List.of(WARD)).account().orElseThrow());
    }

    @Test
    void theClaimIsOneOfTwoNames() {
        assertEquals(Claim.EMAIL, Claim.named(" Email "));
        assertEquals(Claim.PREFERRED_USERNAME, Claim.named("preferred_username"));
        assertThrows(IllegalArgumentException.class, () -> Claim.named("sub"));
    }
}
