package vn.dtiplan.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import vn.dtiplan.interfaces.Messages;

/**
 * A request record that Bean Validation refused: 422 with the first violation (by field) as the
 * API's error, its code a key of the UI bundle and its message the Vietnamese text naming the
 * field as the JSON writes it ({@code tasks[0].solution}). Registered for the exact type so it
 * wins over Jersey's own mapper, which would answer a plain-text 400.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final int SHOWN_VALUE = 40;

    @Override
    public Response toResponse(ConstraintViolationException refused) {
        return refused.getConstraintViolations().stream()
                .min(Comparator.comparing((ConstraintViolation<?> v) -> field(v.getPropertyPath()))
                        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName()))
                .map(v -> error(v.getConstraintDescriptor().getAnnotation(), field(v.getPropertyPath()),
                        v.getInvalidValue()))
                .orElseGet(() -> new ApiError("request.field.invalid", Messages.vietnamese("request.field.invalid", "")))
                .toResponse(422);
    }

    /** The error for one refused value of {@code field} (empty: the body itself). */
    static ApiError error(Annotation constraint, String field, Object value) {
        String key;
        Object[] arguments;
        if (constraint instanceof NotNull || constraint instanceof NotEmpty) {
            key = field.isEmpty() ? "request.body.required" : "request.field.required";
            arguments = new Object[] {field};
        } else if (constraint instanceof Size size) {
            key = value instanceof CharSequence ? "request.text.tooLong" : "request.list.tooLong";
            arguments = new Object[] {field, size.max()};
        } else if (constraint instanceof Min min) {
            key = "request.number.min";
            arguments = new Object[] {field, Long.toString(min.value())};
        } else if (constraint instanceof Max max) {
            key = "request.number.max";
            arguments = new Object[] {field, Long.toString(max.value())};
        } else if (constraint instanceof Digits digits) {
            key = "request.number.digits";
            arguments = new Object[] {field, digits.integer(), digits.fraction()};
        } else if (constraint instanceof IsoDate) {
            key = "request.date.invalid";
            arguments = new Object[] {field, shown(value)};
        } else if (constraint instanceof PlainText) {
            key = "request.text.control";
            arguments = new Object[] {field};
        } else {
            key = "request.field.invalid";
            arguments = new Object[] {field};
        }
        return new ApiError(key, Messages.vietnamese(key, arguments));
    }

    /** The field as the JSON body names it: properties joined by dots, list positions in brackets. */
    static String field(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (kind == ElementKind.PROPERTY) {
                name.append(name.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return name.toString();
    }

    /** A refused value as the message may repeat it: short, and with no character a person cannot see. */
    static String shown(Object value) {
        String text = String.valueOf(value).codePoints().filter(c -> !Character.isISOControl(c)
                && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() <= SHOWN_VALUE ? text : text.substring(0, SHOWN_VALUE) + "…";
    }
}
