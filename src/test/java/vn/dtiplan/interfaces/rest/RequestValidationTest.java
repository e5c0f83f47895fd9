package vn.dtiplan.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.dtiplan.domain.StaleVersionException;

/** The request-body checks that need no server: plain text, dates, exact numbers, versions, error texts. */
class RequestValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"Kế hoạch 4638/KH-UBND", "dòng 1\ndòng 2\r\n\tthụt lề", "", "😀 emoji", "a\u00A0b"})
    void plainTextAcceptsWhatAPersonWrites(String text) {
        assertTrue(PlainText.Validator.isPlain(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u202Egnp.exe", "x\u2066y", "bell\u0007", "c1\u0085", "del\u007F",
        "lone\uD800", "\uDC00x", "non\uFFFE", "esc\u001B[31m"})
    void plainTextRefusesControlsOverridesAndBrokenCharacters(String text) {
        assertFalse(PlainText.Validator.isPlain(text), text.codePoints().mapToObj(Integer::toHexString).toList()::toString);
    }

    @Test
    void aDateIsAFourDigitYearDayThatExists() {
        assertEquals(LocalDate.of(2024, 6, 30), IsoDate.Validator.parse(" 2024-06-30 "));
        assertNull(IsoDate.Validator.parse(" "));
        for (String bad : new String[] {"+999999999-12-31", "30/6/2024", "2024-02-30", "2023-02-29", "1899-12-31",
            "99999-01-01", "2024-6-3", "2024-06-30T00:00"}) {
            assertThrows(DateTimeParseException.class, () -> IsoDate.Validator.parse(bad), bad);
            assertFalse(new IsoDate.Validator().isValid(bad, null), bad);
        }
        assertTrue(new IsoDate.Validator().isValid("2024-02-29", null));
    }

    @Test
    void wholeNumbersAreReadExactlyOrNotAtAll() {
        assertEquals(new BigDecimal("2024"), StrictNumbers.whole(Json.createValue(2024), 10));
        assertEquals(0, new BigDecimal("2024").compareTo(StrictNumbers.whole(Json.createValue(" 2024"), 10)));
        assertEquals(0, new BigDecimal("1000").compareTo(StrictNumbers.whole(Json.createValue(new BigDecimal("1e3")), 10)));
        assertNull(StrictNumbers.whole(JsonValue.NULL, 10));
        for (JsonValue bad : new JsonValue[] {Json.createValue(2.5), Json.createValue("abc"), JsonValue.TRUE,
            Json.createValue(new BigDecimal("1e999999999")), Json.createValue(new BigDecimal("1e-999999999")),
            Json.createValue(new BigDecimal("99999999999")), Json.createArrayBuilder().build()}) {
            assertThrows(JsonbException.class, () -> StrictNumbers.whole(bad, 10), bad::toString);
        }
    }

    @Test
    void ifMatchNamesOneOfOurVersionsOrNothing() {
        assertEquals(7L, Versions.expected("\"7\""));
        assertEquals(7L, Versions.expected("W/\"7\""));
        assertEquals(7L, Versions.expected("7"));
        assertNull(Versions.expected(null));
        assertNull(Versions.expected("*"));
        assertThrows(StaleVersionException.class, () -> Versions.expected("\"abc\""));
        assertThrows(StaleVersionException.class, () -> Versions.expected("\"7\", \"8\""));
    }

    private record Sample(@NotNull @Size(max = 60) String number, @Max(9999) Integer year, @IsoDate String due,
                          @PlainText String title) {
    }

    private static Annotation constraint(String component, Class<? extends Annotation> type) throws NoSuchFieldException {
        return Sample.class.getDeclaredField(component).getAnnotation(type);
    }

    @Test
    void eachViolationIsAStableCodeAndAVietnameseSentenceNamingTheField() throws Exception {
        ApiError tooLong = ViolationMapper.error(constraint("number", Size.class), "number", "x".repeat(340));
        assertEquals("request.text.tooLong", tooLong.error());
        assertTrue(tooLong.message().contains("„number“") && tooLong.message().contains("60 ký tự"), tooLong.message());
        ApiError year = ViolationMapper.error(constraint("year", Max.class), "year", 99999);
        assertEquals("request.number.max", year.error());
        assertTrue(year.message().contains("9999"), year.message());
        ApiError due = ViolationMapper.error(constraint("due", IsoDate.class), "tasks[0].due", "+999999999-12-31\u202E");
        assertEquals("request.date.invalid", due.error());
        assertTrue(due.message().contains("„tasks[0].due“") && due.message().contains("+999999999-12-31")
                && !due.message().contains("\u202E"), due.message());
        ApiError control = ViolationMapper.error(constraint("title", PlainText.class), "title", "a\u0000");
        assertEquals("request.text.control", control.error());
        assertTrue(control.message().contains("ký tự điều khiển"), control.message());
        assertEquals("request.body.required", ViolationMapper.error(constraint("number", NotNull.class), "", null).error());
        assertEquals("request.field.required",
                ViolationMapper.error(constraint("number", NotNull.class), "number", null).error());
        assertEquals(41, ViolationMapper.shown("y".repeat(10_000)).length());
    }
}
