package vn.dtiplan.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.dtiplan.interfaces.DatabaseOutage;

/**
 * A request outside the API that fails because the database cannot be reached (a plain servlet
 * such as the public page, or a failure Faces did not route through
 * {@link FailedPageHandlerFactory}) gets {@link OutagePage} instead of the error page's 500
 * and the container's stack trace. The API maps its own exceptions (ApiExceptionMapper).
 */
@WebFilter(filterName = "databaseOutage", urlPatterns = "/*", asyncSupported = true)
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (isApi(request) || !DatabaseOutage.causedBy(e) || !OutagePage.answer(request, response, e)) {
                throw e;
            }
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath();
        return "/api".equals(path) || path.startsWith("/api/");
    }
}
