package vn.dtiplan.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 413 with the API's error body for a body that passed its limit while a resource read it. */
@Provider
public class PayloadTooLargeMapper implements ExceptionMapper<PayloadTooLargeException> {

    @Override
    public Response toResponse(PayloadTooLargeException tooLarge) {
        return RequestSizeLimit.refusal(tooLarge.limit());
    }
}
