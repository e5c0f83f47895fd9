package vn.dtiplan.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dtiplan.interfaces.Messages;

/** Applies the size rule of {@link RequestBodies} to every API request before a resource is chosen. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
public class RequestSizeLimit implements ContainerRequestFilter {

    static final String MAX_JSON = "dtiplan.api.max-json-bytes";
    static final String MAX_BODY = "dtiplan.api.max-body-bytes";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!RequestBodies.present(request)) {
            return;
        }
        boolean json = RequestBodies.json(request);
        long limit = setting(json ? MAX_JSON : MAX_BODY, json ? RequestBodies.MIB : 50 * RequestBodies.MIB);
        if (request.getLength() > limit) {
            request.abortWith(refusal(limit));
        } else if (request.getLength() < 0 && json) {
            byte[] body = request.getEntityStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                request.abortWith(refusal(limit));
            } else {
                request.setEntityStream(new ByteArrayInputStream(body));
            }
        } else {
            request.setEntityStream(RequestBodies.limited(request.getEntityStream(), limit));
        }
    }

    static Response refusal(long limit) {
        return new ApiError(PayloadTooLargeException.CODE,
                Messages.vietnamese(PayloadTooLargeException.CODE, RequestBodies.megabytes(limit))).toResponse(413);
    }

    private static long setting(String key, long otherwise) {
        return ConfigProvider.getConfig().getOptionalValue(key, Long.class).orElse(otherwise);
    }
}
