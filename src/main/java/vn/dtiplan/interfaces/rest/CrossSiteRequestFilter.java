package vn.dtiplan.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import vn.dtiplan.interfaces.Messages;

/** Applies {@link CrossSiteRequests} to every API request before a resource is chosen: 403 with the rule's code. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        CrossSiteRequests.refusal(request.getMethod(), request.getHeaderString("Origin"),
                        request.getHeaderString("Sec-Fetch-Site"), request.getHeaderString(HttpHeaders.HOST),
                        request.getHeaderString(HttpHeaders.CONTENT_TYPE), RequestBodies.present(request))
                .ifPresent(key -> request.abortWith(new ApiError(key, Messages.vietnamese(key)).toResponse(403)));
    }
}
