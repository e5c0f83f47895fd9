package vn.dtiplan.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * A request body refused by Bean Validation (a record's constraints): 422 {@code invalid} with
 * the refused fields named, in the API's error body. Nothing has run.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException refused) {
        String fields = refused.getConstraintViolations().stream().map(ConstraintViolationMapper::field)
                .distinct().sorted().collect(Collectors.joining(", "));
        return new ApiError("invalid", "Dữ liệu không hợp lệ: " + (fields.isEmpty() ? "nội dung yêu cầu" : fields) + ".")
                .toResponse(422);
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
