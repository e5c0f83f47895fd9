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

/**
 * Free text a person wrote: letters, digits, punctuation, spaces and line breaks, never a
 * control character. Refused: C0 and C1 controls other than tab, line feed and carriage return
 * (NUL among them), the bidirectional overrides, embeddings and isolates (U+202A–U+202E,
 * U+2066–U+2069, which make a text read differently from what is stored), a lone surrogate and
 * the non-characters U+FFFE and U+FFFF. Null is valid (use {@code @NotNull} for that). Put it on
 * every free-text field of a request record, and on list elements: {@code List<@PlainText String>}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    /** A key of the UI bundle; the API's error code. */
    String message() default "request.text.control";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CharSequence}. */
    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || isPlain(value);
        }

        /** Whether {@code text} holds no character that {@link PlainText} refuses. */
        public static boolean isPlain(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (refused(c)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean refused(char c) {
            boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            return control || bidi || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
        }
    }
}
