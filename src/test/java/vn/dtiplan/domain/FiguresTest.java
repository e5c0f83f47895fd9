package vn.dtiplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void numbersHaveTheVietnameseDecimalCommaAndNeverAnExponent() {
        assertEquals("83,105", Figures.number(new BigDecimal("83.1050"), VI));
        assertEquals("83.105", Figures.number(new BigDecimal("83.105"), Locale.ENGLISH));
        assertEquals("80", Figures.number(new BigDecimal("80.00").stripTrailingZeros(), VI), "not 8E+1");
        assertEquals("30", Figures.number(new BigDecimal("3E+1"), VI), "not 3E+1");
        assertEquals("72,5", Figures.number(72.5d, VI));
        assertEquals("1000", Figures.number(new BigDecimal("1000"), VI), "no grouping point that reads as a decimal");
        assertEquals("0,3333", Figures.number(new BigDecimal("0.333333"), VI));
        assertEquals("", Figures.number(null, VI));
    }

    @Test
    void scoresCarryTheirMaximum() {
        assertEquals("83,105/100", Figures.score(new BigDecimal("83.105"), new BigDecimal("100.000"), VI));
        assertEquals("712,5/1000", Figures.score(new BigDecimal("712.50"), 1000, VI));
        assertEquals("712,5", Figures.score(new BigDecimal("712.5"), null, VI));
    }

    @Test
    void datesAndRecordedValuesAreWrittenAsScreensWriteThem() {
        assertEquals("05/12/2026", Figures.date(LocalDate.of(2026, 12, 5)));
        assertEquals("13/05/2024", Figures.recorded("2024-05-13", VI));
        assertEquals("", Figures.recorded("[]", VI));
        assertEquals("Phòng A, Phòng B", Figures.recorded("[Phòng A, Phòng B]", VI));
        assertEquals("8,5", Figures.recorded("8.5", VI));
        assertEquals("80", Figures.recorded("8E+1", VI));
        assertEquals("Quý II/2024", Figures.recorded("Quý II/2024", VI));
        assertEquals("2024", Figures.recorded("2024", VI), "a year stays a year");
    }

    @Test
    void periodLabelsAreInTheUisLanguage() {
        assertEquals("tháng 6/2024", Figures.period("tháng 6/2024", VI));
        assertEquals("month 6/2024", Figures.period("tháng 6/2024", Locale.ENGLISH), "no 'tháng' in the English UI");
        assertEquals("quarter II/2024", Figures.period("quý II/2024", Locale.ENGLISH));
        assertEquals("year 2024", Figures.period("năm 2024", Locale.ENGLISH));
    }
}
