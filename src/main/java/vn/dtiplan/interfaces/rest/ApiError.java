package vn.dtiplan.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The error body of every refused request: a stable code and a sentence for a person. */
public record ApiError(String error, String message) {

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(this).build();
    }
}
