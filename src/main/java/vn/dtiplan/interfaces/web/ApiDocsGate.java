package vn.dtiplan.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The interactive API page ({@code /api-docs/}, Swagger UI from its WebJar over {@code /openapi})
 * is there only where {@code /openapi} is: {@value #ENABLED} is true in the demo
 * (server-config/demo.properties), where the pre-boot file leaves {@code /openapi} open, and unset
 * (404) in production, whose pre-boot commands close it.
 */
@WebFilter(filterName = "apiDocsGate", urlPatterns = {"/api-docs", "/api-docs/*", "/webjars/swagger-ui/*"})
public class ApiDocsGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ENABLED = "dtiplan.api-docs.enabled";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!ConfigProvider.getConfig().getOptionalValue(ENABLED, Boolean.class).orElse(false)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/api-docs".equals(path)) {
            response.sendRedirect(request.getContextPath() + "/api-docs/");
        } else if ("/api-docs/".equals(path)) {
            request.getRequestDispatcher("/api-docs/index.html").forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
