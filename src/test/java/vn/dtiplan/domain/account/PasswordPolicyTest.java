package vn.dtiplan.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "short,                account.password.tooShort",
        "aaaaaaaaaa,           account.password.repetitive",
        "ababababababab,       account.password.repetitive",
        "1234567890,           account.password.sequence",
        "0987654321,           account.password.sequence",
        "abcdefghijk,          account.password.sequence",
        "qwertyuiop!,          account.password.common",
        "Password123,          account.password.common",
        "matkhau123,           account.password.common",
        "Matkhau@2024,         account.password.common",
        "asdfghjkl1,           account.password.common",
        "zxcvbnm!x9a,          account.password.sequence",
        "x1234567890y,         account.password.sequence",
        "tp.vungtau.2024,      account.password.containsName",
        "tpvungtau#2024,       account.password.containsName"})
    void refusesWhatGuessersTryFirstWithTheReason(String password, String reason) {
        AccountRuleException refused = assertThrows(AccountRuleException.class,
                () -> PasswordPolicy.check(password.toCharArray(), "tp.vungtau"));
        assertEquals(reason, refused.messageKey(), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sông Hồng chảy về biển", "Cá-voi-xanh-27", "mưa rào tháng sáu", "k7#Rt9!pQz", "hoa ban nở 1954"})
    void acceptsPasswordsThatAreNotOnThoseLists(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check(password.toCharArray(), "tp.vungtau"));
    }

    @org.junit.jupiter.api.Test
    void runsAlongRowsAreMeasuredEitherWay() {
        assertEquals(10, PasswordPolicy.longestRun("1234567890"));
        assertEquals(4, PasswordPolicy.longestRun("xx4321yy"));
        assertEquals(1, PasswordPolicy.longestRun("k7#r"));
    }
}
