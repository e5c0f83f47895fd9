package vn.dtiplan.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dtiplan.application.RequestedDay;

/**
 * Reads {@code ?at=YYYY-MM-DD} on every API request: each {@code {code}} in the path then means
 * the unit holding that code on that day (docs/api.md, "Units over time"). A malformed date is
 * 400 {@code unit.at.invalid}; nothing runs.
 */
@Provider
public class ReferenceDateFilter implements ContainerRequestFilter {

    @Inject
    private RequestedDay requestedDay;

    @Override
    public void filter(ContainerRequestContext request) {
        String at = request.getUriInfo().getQueryParameters().getFirst("at");
        if (at != null && !at.isBlank()) {
            try {
                requestedDay.set(parse(at));
            } catch (BadRequestException invalid) {
                request.abortWith(new ApiError("unit.at.invalid", "Ngày xem (at) phải có dạng YYYY-MM-DD.")
                        .toResponse(400));
            }
        }
    }

    static LocalDate parse(String at) {
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(e);
        }
    }
}
