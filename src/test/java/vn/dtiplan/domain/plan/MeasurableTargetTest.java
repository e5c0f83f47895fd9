package vn.dtiplan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.DomainRuleException;

class MeasurableTargetTest {

    private static final MeasurableTarget ONLINE = new MeasurableTarget("Tỷ lệ hồ sơ trực tuyến toàn trình", "%",
            new BigDecimal("65"), new BigDecimal("80"), TargetDirection.AT_LEAST);
    private static final MeasurableTarget WAIT = new MeasurableTarget("Thời gian giải quyết hồ sơ", "ngày", null,
            new BigDecimal("5"), TargetDirection.AT_MOST);

    @Test
    void atLeastIsMetFromTheValueUp() {
        assertFalse(ONLINE.isMet(), "nothing measured is not met");
        assertFalse(ONLINE.isMetBy(new BigDecimal("79.9")));
        assertTrue(ONLINE.isMetBy(new BigDecimal("80.00")));
        assertTrue(ONLINE.measured(new BigDecimal("85")).isMet());
    }

    @Test
    void atMostIsMetFromTheValueDown() {
        assertTrue(WAIT.isMetBy(new BigDecimal("5")));
        assertTrue(WAIT.isMetBy(new BigDecimal("3.5")));
        assertFalse(WAIT.measured(new BigDecimal("6")).isMet());
    }

    @Test
    void wordsAsAPlanWritesThem() {
        assertEquals("Tỷ lệ hồ sơ trực tuyến toàn trình: ít nhất 80% (hiện nay 65%)", ONLINE.words());
        assertEquals("Thời gian giải quyết hồ sơ: không quá 5 ngày", WAIT.words());
        assertEquals("12,5 ngày", WAIT.amount(new BigDecimal("12.50")));
    }

    @Test
    void aCopyStartsUnmeasured() {
        assertNull(ONLINE.measured(BigDecimal.TEN).forCopy().getLatest());
    }

    @Test
    void anIndicatorAValueAndADirectionAreRequired() {
        assertThrows(DomainRuleException.class, () -> new MeasurableTarget(" ", "%", null, BigDecimal.ONE,
                TargetDirection.AT_LEAST));
        assertThrows(DomainRuleException.class, () -> new MeasurableTarget("Tỷ lệ", "%", null, null,
                TargetDirection.AT_LEAST));
        assertThrows(DomainRuleException.class, () -> new MeasurableTarget("Tỷ lệ", "%", null, BigDecimal.ONE, null));
    }
}
