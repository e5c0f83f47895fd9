package vn.dtiplan.interfaces.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.dtiplan.domain.listing.InvalidQueryException;
import vn.dtiplan.domain.listing.Page;
import vn.dtiplan.domain.listing.PageRequest;
import vn.dtiplan.interfaces.Messages;

/**
 * Paging of every list the API answers ({@code ?page=&size=}, {@link PageRequest}) and its
 * {@code X-Total-Count} header, so a resource written later is paged too. A resource whose query
 * pages and filters answers a {@link Page}: its rows are written and its total is the header. Any
 * other list is short (departments, tokens, a task's history) and is cut here. Without
 * {@code page} or {@code size} the whole list is answered, with the header. A page or size that is
 * not a whole number in range is 400 {@code request.page.invalid} before the resource runs.
 */
@Provider
public class ListPaging implements ContainerRequestFilter, ContainerResponseFilter {

    static final String TOTAL = "X-Total-Count";
    private static final String PAGE = ListPaging.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        try {
            request.setProperty(PAGE, PageRequest.parse(query.getFirst("page"), query.getFirst("size")));
        } catch (InvalidQueryException invalid) {
            request.abortWith(new ApiError(invalid.messageKey(),
                    Messages.vietnamese(invalid.messageKey(), invalid.arguments())).toResponse(400));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof Page<?> page) {
            response.setEntity(page.items());
            response.getHeaders().putSingle(TOTAL, Long.toString(page.total()));
        } else if (entity instanceof List<?> list && request.getProperty(PAGE) instanceof PageRequest paging) {
            response.setEntity(paging.of(list).items());
            response.getHeaders().putSingle(TOTAL, Integer.toString(list.size()));
        }
    }
}
