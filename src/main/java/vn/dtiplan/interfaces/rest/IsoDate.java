package vn.dtiplan.interfaces.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date as the API writes it, {@code YYYY-MM-DD}: a day that exists, of a four-digit year from
 * {@value #FIRST_YEAR}. A date is carried as text in request records so that a wrong one is
 * refused naming its field (422 {@code request.date.invalid}), not as unreadable JSON; an
 * impossible one ({@code +999999999-12-31}, {@code 2024-02-30}) never reaches the database.
 * Blank and null are valid: no date.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = IsoDate.Validator.class)
public @interface IsoDate {

    int FIRST_YEAR = 1900;

    String message() default "request.date.invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link String}. */
    class Validator implements ConstraintValidator<IsoDate, String> {

        private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                .withResolverStyle(ResolverStyle.STRICT);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                parse(value);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        /** The date written in {@code text}; null for null or blank. */
        public static LocalDate parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String day = text.strip();
            if (!day.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", day, 0);
            }
            LocalDate date = LocalDate.parse(day, STRICT);
            if (date.getYear() < FIRST_YEAR) {
                throw new DateTimeParseException("before " + FIRST_YEAR, day, 0);
            }
            return date;
        }
    }
}
